using Scanner.Core.Findings;
using Scanner.Rules;

namespace Scanner.Pipeline;

/// <summary>
/// Which rules run: <c>--rule</c> (only these), <c>--skip-rule</c>, <c>--tag</c> (rules with any of these tags),
/// <c>--compliance</c> (rules mapped to any of these frameworks), and severity overrides. Naming a rule id that does not exist is an error, not a silent no-op.
/// </summary>
public sealed record RuleSelection
{
    public IReadOnlyList<string> Include { get; init; } = [];
    public IReadOnlyList<string> Skip { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>Compliance framework ids (<see cref="ComplianceFrameworks"/>): only rules mapped to one of them run.</summary>
    public IReadOnlyList<string> Frameworks { get; init; } = [];
    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } = new Dictionary<string, Severity>();

    public (IReadOnlyList<CompiledRule> Rules, string? Error) Apply(IReadOnlyList<CompiledRule> all)
    {
        if (Include.Count > 0 || Skip.Count > 0 || SeverityOverrides.Count > 0)
        {
            var ids = all.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            var unknown = Include.Concat(Skip).Concat(SeverityOverrides.Keys).Where(id => !ids.Contains(id)).Distinct().ToList();
            if (unknown.Count > 0) return ([], $"unknown rule id(s): {string.Join(", ", unknown)} (see 'latticescan rules list')");
        }
        var badFramework = Frameworks.Where(f => ComplianceFrameworks.Find(f) is null).Distinct().ToList();
        if (badFramework.Count > 0)
            return ([], $"unknown compliance framework(s): {string.Join(", ", badFramework)} (frameworks: {string.Join(", ", ComplianceFrameworks.All.Select(f => f.Id))})");
        // One pass with plain tests (a chain of LINQ operators costs a native image a type-loader lookup per operator at
        // every start).
        var list = new List<CompiledRule>(all.Count);
        foreach (var rule in all)
            if (Selects(rule)) list.Add(SeverityOverrides.TryGetValue(rule.Id, out var severity) ? rule.WithSeverity(severity) : rule);
        return (list, null);
    }

    private bool Selects(CompiledRule rule)
    {
        var included = Include.Contains(rule.Id);
        if (rule.Definition.Deprecated && !included) return false;
        if (Include.Count > 0 && !included) return false;
        if (Tags.Count > 0 && !rule.Definition.Tags.Any(t => Tags.Contains(t, StringComparer.OrdinalIgnoreCase))) return false;
        if (Frameworks.Count > 0 && !rule.Definition.Compliance.Any(c => Frameworks.Any(f => string.Equals(f, c.Framework, StringComparison.OrdinalIgnoreCase))))
            return false;
        return !Skip.Contains(rule.Id);
    }

    /// <summary>Why a selection left no rule to run, naming what narrowed it.</summary>
    public string DescribeEmpty(int loaded)
    {
        var parts = new List<string>();
        if (Include.Count > 0) parts.Add("--rule " + string.Join(", ", Include));
        if (Tags.Count > 0) parts.Add("--tag " + string.Join(", ", Tags));
        if (Skip.Count > 0) parts.Add("--skip-rule " + string.Join(", ", Skip));
        var by = parts.Count > 0 ? string.Join(" with ", parts) : "the rule folders";
        return $"no rule selected: {by} left none of the {loaded} loaded rule(s) to run (see 'latticescan rules list' for ids and tags)";
    }
}
