using Scanner.Rules;

namespace Scanner.Pipeline.RuleCases;

/// <summary>The outcome of <c>latticescan rules test</c>.</summary>
public sealed record RuleTestReport(IReadOnlyList<RuleTestResult> Rules, IReadOnlyList<RuleError> Errors)
{
    public bool Passed => Errors.Count == 0 && Rules.All(r => r.Passed);
}
