using Scanner.Core.Findings;
using Scanner.Reporting;

namespace Scanner.Cli.Commands;

/// <summary>
/// Decides the exit code of a scan: incomplete collection (3) unless --allow-partial; otherwise 1 when an
/// unsuppressed finding (a new one, with --fail-on-new-only) is at or above the threshold; else 0.
/// </summary>
internal static class ExitPolicy
{
    public const string DefaultThreshold = "high";

    public static GateVerdict Judge(ScanReport report, string threshold, bool newOnly, bool allowPartial)
    {
        var incomplete = !report.IsComplete && !allowPartial;
        var failing = 0;
        if (threshold != "none" && SeverityNames.TryParse(threshold, out var min))
            failing = report.Findings.Count(f => f.Suppression is null && f.Severity >= min && (!newOnly || f.BaselineState == "new"));
        return new GateVerdict(threshold, failing, newOnly, incomplete);
    }

    public static int ExitCode(GateVerdict verdict) =>
        verdict.Incomplete ? ExitCodes.Incomplete : verdict.Failing > 0 ? ExitCodes.Findings : ExitCodes.Success;

    public static int Decide(ScanReport report, string threshold, bool newOnly, bool allowPartial) =>
        ExitCode(Judge(report, threshold, newOnly, allowPartial));
}
