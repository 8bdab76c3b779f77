using Scanner.Core.Inventory;
using Scanner.Core.Schema;

namespace Scanner.Cli.Tests.Schema;

/// <summary>
/// Checks an inventory against <see cref="InventorySchema"/>: every property a resource holds is declared for its kind
/// (or common to every kind) with a matching type, object members and list items included; every reference uses a
/// relation of its kind (an inverse one only as an unknown edge) and, where it resolves, points at a kind the relation accepts.
/// </summary>
internal static class SchemaConformance
{
    public static IEnumerable<string> Violations(IEnumerable<Resource> resources, string source)
    {
        var list = resources.ToList();
        var graph = new InventoryGraph(list);
        foreach (var r in list)
        {
            var kind = InventorySchema.Default.Kind(r.Kind);
            if (kind is null)
            {
                yield return $"{source}: {r.Key}: kind '{r.Kind}' is not in the schema";
                continue;
            }
            foreach (var (name, value) in r.Properties.Entries)
            {
                var declared = kind.Property(name) ?? InventorySchema.CommonProperties.FirstOrDefault(p => p.Name == name);
                if (declared is null) yield return $"{source}: {r.Key}: property '{name}' is not declared for {r.Kind}";
                else foreach (var v in Check(value, declared, $"{r.Key}.{name}")) yield return $"{source}: {v}";
            }
            foreach (var reference in r.References)
            {
                var relation = kind.Relation(reference.Relation);
                if (relation is null)
                {
                    yield return $"{source}: {r.Key}: relation '{reference.Relation}' is not declared for {r.Kind}";
                    continue;
                }
                // An inverse relation is derived by the graph; a collector may only mark it unknown (a target-less edge),
                // as a live scan does for a configuration whose owner it cannot read.
                if (relation.InverseOf is not null && reference.Target is not null)
                {
                    yield return $"{source}: {r.Key}: '{reference.Relation}' is an inverse relation of {r.Kind}; only an unknown edge may be written to it";
                    continue;
                }
                if (reference.Target is { } target && graph.Find(target) is { } to && !relation.TargetKinds.Contains(to.Kind))
                    yield return $"{source}: {r.Key}: {reference.Relation} points at a {to.Kind} ({to.Key}); the schema allows {string.Join(", ", relation.TargetKinds)}";
            }
        }
    }

    private static IEnumerable<string> Check(Value value, PropertySchema schema, string at)
    {
        if (value.IsUnknown || value.IsNull) yield break;
        var ok = schema.Type switch
        {
            PropertyType.String => value.IsString,
            PropertyType.Number => value.IsNumber,
            PropertyType.Boolean => value.IsBoolean,
            PropertyType.List => value.IsList,
            PropertyType.Object => value.IsMap,
            PropertyType.Map => value.IsMap && value.Entries.Values.All(v => v.IsString || v.IsUnknown),
            _ => true,
        };
        if (!ok)
        {
            yield return $"{at}: {value.Kind} where the schema declares {schema.Type}";
            yield break;
        }
        if (schema.Type == PropertyType.List && schema.Item is { } item)
            for (var i = 0; i < value.Items.Count; i++)
                foreach (var v in Check(value.Items[i], item, $"{at}[{i}]")) yield return v;
        if (schema.Type == PropertyType.Object)
            foreach (var (name, member) in value.Entries)
            {
                if (schema.Member(name) is not { } declared) yield return $"{at}: member '{name}' is not declared";
                else foreach (var v in Check(member, declared, $"{at}.{name}")) yield return v;
            }
    }
}
