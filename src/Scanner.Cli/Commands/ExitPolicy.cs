using Scanner.Core.Findings;

namespace Scanner.Cli.Commands;

/// <summary>
/// Decides the exit code of a scan: incomplete collection (3) unless --allow-partial; otherwise 1 when an
/// unsuppressed finding (a new one, with --fail-on-new-only) is at or above the threshold; else 0.
/// </summary>
internal static class ExitPolicy
{
    public const string DefaultThreshold = "high";

    public static int Decide(ScanReport report, string threshold, bool newOnly, bool allowPartial)
    {
        if (!report.IsComplete && !allowPartial) return ExitCodes.Incomplete;
        if (threshold == "none") return ExitCodes.Success;
        SeverityNames.TryParse(threshold, out var min);
        var failing = report.Findings.Any(f => f.Suppression is null && f.Severity >= min && (!newOnly || f.BaselineState == "new"));
        return failing ? ExitCodes.Findings : ExitCodes.Success;
    }
}
