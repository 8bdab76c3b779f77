using Scanner.Core.Findings;
using Scanner.Rules;

namespace Scanner.Pipeline;

/// <summary>
/// Which rules run: <c>--rule</c> (only these), <c>--skip-rule</c>, <c>--tag</c> (rules with any of these tags),
/// and severity overrides. Naming a rule id that does not exist, or a selection that leaves no rule at all, is an
/// error, not a silent pass.
/// </summary>
public sealed record RuleSelection
{
    public IReadOnlyList<string> Include { get; init; } = [];
    public IReadOnlyList<string> Skip { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } = new Dictionary<string, Severity>();

    public (IReadOnlyList<CompiledRule> Rules, string? Error) Apply(IReadOnlyList<CompiledRule> all)
    {
        var ids = all.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = Include.Concat(Skip).Concat(SeverityOverrides.Keys).Where(id => !ids.Contains(id)).Distinct().ToList();
        if (unknown.Count > 0) return ([], $"unknown rule id(s): {string.Join(", ", unknown)} (see 'latticescan rules list')");
        IEnumerable<CompiledRule> selected = all.Where(r => !r.Definition.Deprecated || Include.Contains(r.Id));
        if (Include.Count > 0) selected = selected.Where(r => Include.Contains(r.Id));
        if (Tags.Count > 0) selected = selected.Where(r => r.Definition.Tags.Any(t => Tags.Contains(t, StringComparer.OrdinalIgnoreCase)));
        selected = selected.Where(r => !Skip.Contains(r.Id));
        var list = selected.Select(r => SeverityOverrides.TryGetValue(r.Id, out var s) ? r.WithSeverity(s) : r).ToList();
        if (list.Count == 0 && all.Count > 0 && (Include.Count > 0 || Skip.Count > 0 || Tags.Count > 0))
            return ([], "the rule selection (--rule, --skip-rule, --tag or the config's rules) leaves no rule to run; a scan that checks nothing would pass silently");
        return (list, null);
    }
}
