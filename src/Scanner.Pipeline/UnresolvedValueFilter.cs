using Scanner.Rules;
using Scanner.Rules.Paths;

namespace Scanner.Pipeline;

/// <summary>
/// Decides which unknown input values are worth a warning: those the selected rules read. A property counts as
/// read when a rule path names it on that kind; a relation a rule follows makes the id and ARN properties of both
/// of its ends count (the edge is built from them).
/// </summary>
public static class UnresolvedValueFilter
{
    private static readonly string[] IdSuffixes = ["Id", "Ids", "Arn", "Arns", "Identifier"];

    public static Func<string, string, bool> For(IReadOnlyList<CompiledRule> rules)
    {
        var reads = new HashSet<(string, string)>();
        foreach (var r in rules) reads.UnionWith(r.Reads);
        return (kind, property) =>
            reads.Contains((kind, property)) ||
            reads.Contains((kind, PathCompiler.RelationSources)) && IdSuffixes.Any(s => property.EndsWith(s, StringComparison.Ordinal));
    }
}
