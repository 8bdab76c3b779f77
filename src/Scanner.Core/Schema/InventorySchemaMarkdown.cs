using System.Text;

namespace Scanner.Core.Schema;

/// <summary>Renders the schema as the reference page rule authors read (<c>docs/inventory-schema.md</c>).</summary>
public static class InventorySchemaMarkdown
{
    public static string Render(InventorySchema schema)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Inventory schema").AppendLine();
        sb.AppendLine("Generated from `src/Scanner.Core/Schema/InventorySchema.cs` (a test keeps this page in step). Every collector —");
        sb.AppendLine("live AWS, Terraform plan, CloudFormation — writes these names; rule paths are checked against them. How each");
        sb.AppendLine("source's principals, security-group rules, port ranges, accounts, destinations, tags and identity become these");
        sb.AppendLine("values is decided once for all of them: [normalisation.md](normalisation.md).").AppendLine();
        sb.AppendLine("## Properties of every resource").AppendLine();
        sb.AppendLine("| property | type | meaning |").AppendLine("|---|---|---|");
        foreach (var p in InventorySchema.CommonProperties) Row(sb, p, "");
        foreach (var kind in schema.Kinds.OrderBy(k => k.Kind, StringComparer.Ordinal))
        {
            sb.AppendLine().Append("## `").Append(kind.Kind).AppendLine("`").AppendLine().AppendLine(kind.Description).AppendLine();
            sb.AppendLine("| property | type | meaning |").AppendLine("|---|---|---|");
            foreach (var p in kind.Properties) Row(sb, p, "");
            if (kind.Relations.Count == 0) continue;
            sb.AppendLine().AppendLine("| relation | to | meaning |").AppendLine("|---|---|---|");
            foreach (var r in kind.Relations)
            {
                var to = string.Join(", ", r.TargetKinds) + (r.Many ? " (many)" : " (one)");
                var inverse = r.InverseOf is { } inv ? $" Inverse of `{inv.Kind}.{inv.Relation}`." : "";
                sb.Append("| `").Append(r.Name).Append("` | ").Append(to).Append(" | ").Append(r.Description).Append(inverse).AppendLine(" |");
            }
        }
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, PropertySchema p, string prefix)
    {
        var type = p.Type switch
        {
            PropertyType.List when p.Item is { Type: PropertyType.Object } => "list of objects",
            PropertyType.List => $"list of {p.Item?.Type.ToString().ToLowerInvariant()}",
            _ => p.Type.ToString().ToLowerInvariant(),
        };
        sb.Append("| `").Append(prefix).Append(p.Name).Append("` | ").Append(type).Append(" | ").Append(p.Description).AppendLine(" |");
        var members = p.Type == PropertyType.Object ? p.Members : p.Item?.Members ?? [];
        foreach (var m in members) Row(sb, m, prefix + p.Name + ".");
    }
}
