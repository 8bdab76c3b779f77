using System.Text;
using Scanner.Core.Schema;
using Scanner.Rules.Operators;

namespace Scanner.Rules.Definitions;

/// <summary>
/// The tables of <c>rules/README.md</c> that list what a rule file may say — its fields and the condition operators —
/// made from <see cref="RuleFields"/> and the <see cref="OperatorRegistry"/>. Each table stands between a pair of
/// marker comments (<c>&lt;!-- generated: NAME --&gt;</c> … <c>&lt;!-- end generated: NAME --&gt;</c>); the prose
/// around them is written by hand.
/// </summary>
public static class RuleFileTables
{
    /// <summary>The field table.</summary>
    public static string Fields(InventorySchema schema)
    {
        var text = new StringBuilder("| field | required | meaning |\n|---|---|---|\n");
        foreach (var f in RuleFields.For(schema))
        {
            var required = f.Required ? "yes" : f.RequiredNote is null ? "no" : $"no ({f.RequiredNote})";
            text.Append($"| `{f.Name}` | {required} | {f.Meaning} |\n");
        }
        return text.ToString();
    }

    /// <summary>
    /// The element-operator table (<paramref name="collection"/> false) or the collection-operator table (true).
    /// Operators next to each other in the registry with the same argument and summary (a pair such as
    /// <c>equals</c> / <c>not_equals</c>) share a row.
    /// </summary>
    public static string Operators(OperatorRegistry operators, bool collection)
    {
        ArgumentNullException.ThrowIfNull(operators);
        var text = new StringBuilder(collection
            ? "| operator | argument | true when … |\n|---|---|---|\n"
            : "| operator | argument | true when the value … |\n|---|---|---|\n");
        var rows = new List<(List<string> Names, string Argument, string Summary)>();
        foreach (var op in operators.All.Where(o => o.IsCollectionOperator == collection))
        {
            if (rows.Count > 0 && rows[^1].Argument == op.Argument.Label && rows[^1].Summary == op.Summary) rows[^1].Names.Add(op.Name);
            else rows.Add(([op.Name], op.Argument.Label, op.Summary));
        }
        foreach (var (names, argument, summary) in rows)
            text.Append($"| {string.Join(", ", names.Select(n => $"`{n}`"))} | {argument} | {summary} |\n");
        return text.ToString();
    }

    /// <summary>
    /// <paramref name="readme"/> with every generated table replaced by its current text; tables named
    /// <c>rule-fields</c>, <c>element-operators</c> and <c>collection-operators</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">A marker pair is missing.</exception>
    public static string UpdateReadme(string readme, InventorySchema schema, OperatorRegistry operators)
    {
        ArgumentNullException.ThrowIfNull(readme);
        readme = Replace(readme, "rule-fields", Fields(schema));
        readme = Replace(readme, "element-operators", Operators(operators, collection: false));
        return Replace(readme, "collection-operators", Operators(operators, collection: true));
    }

    private static string Replace(string readme, string name, string table)
    {
        var start = $"<!-- generated: {name} -->\n";
        var end = $"<!-- end generated: {name} -->";
        var from = readme.IndexOf(start, StringComparison.Ordinal);
        var to = readme.IndexOf(end, StringComparison.Ordinal);
        if (from < 0 || to < from) throw new InvalidOperationException($"rules/README.md has no '{start.TrimEnd()}' … '{end}' pair");
        return readme[..(from + start.Length)] + table + readme[to..];
    }
}
