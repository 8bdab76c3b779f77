using Scanner.Core.Findings;
using Scanner.Pipeline;
using Scanner.Reporting;

namespace Scanner.Cli.Commands;

/// <summary>
/// The exit code of a scan, from the one gate decision library callers share (<see cref="ScanGate"/>): incomplete
/// collection (3) unless --allow-partial; otherwise 1 when an unsuppressed finding (a new one, with
/// --fail-on-new-only) is at or above the threshold; else 0.
/// </summary>
internal static class ExitPolicy
{
    public const string DefaultThreshold = "high";

    public static GateVerdict Judge(ScanReport report, string threshold, bool newOnly, bool allowPartial) =>
        ScanGate.Judge(report, new GateOptions
        {
            FailOn = SeverityNames.TryParse(threshold, out var min) ? min : null,
            NewOnly = newOnly,
            AllowPartial = allowPartial,
        });

    public static int ExitCode(GateVerdict verdict) => (int)ScanGate.Decide(verdict);

    public static int Decide(ScanReport report, string threshold, bool newOnly, bool allowPartial) =>
        ExitCode(Judge(report, threshold, newOnly, allowPartial));
}
