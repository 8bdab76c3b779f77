namespace Scanner.Pipeline.RuleCases;

/// <summary>All cases of one rule, and the problems with the rule's proof itself (no firing case, no passing case…).</summary>
public sealed record RuleTestResult(string RuleId, string RuleFile, string? CaseFile, IReadOnlyList<CaseResult> Cases, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0 && Cases.All(c => c.Passed || c.NotRun is not null);

    /// <summary>Facts about the proof that are not failures, e.g. why the rule has no live form.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public IReadOnlyList<CaseInputForm> Forms => Cases.Select(c => c.Form).Distinct().Order().ToList();
}
