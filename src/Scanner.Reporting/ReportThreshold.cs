using Scanner.Core.Findings;

namespace Scanner.Reporting;

/// <summary>
/// Which findings fail a report (JUnit failures, the Markdown and HTML verdicts): unsuppressed, at or above <c>--fail-on</c> (none when the threshold is
/// <c>none</c>), and — with <c>--fail-on-new-only</c> — new since the baseline. The same decision as the exit code.
/// </summary>
public sealed record ReportThreshold(Severity? FailOn, bool NewOnly = false)
{
    /// <summary>Parses a <c>--fail-on</c> word; <c>none</c> means nothing fails.</summary>
    public static ReportThreshold From(string failOn, bool newOnly) =>
        new(SeverityNames.TryParse(failOn, out var s) ? s : null, newOnly);

    public bool Fails(Finding f) =>
        FailOn is { } min && f.Suppression is null && f.Severity >= min && (!NewOnly || f.BaselineState == Core.Findings.BaselineState.New);
}
