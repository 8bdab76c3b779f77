using Scanner.Core.Findings;
using Scanner.Pipeline;

namespace Scanner.Cli.Commands;

/// <summary>
/// Decides the exit code of a scan with the shared <see cref="ScanGate"/>: incomplete collection (3) unless
/// --allow-partial; otherwise 1 when an unsuppressed finding (a new one, with --fail-on-new-only) is at or above the
/// threshold; else 0.
/// </summary>
internal static class ExitPolicy
{
    public const string DefaultThreshold = "high";

    public static int Decide(ScanReport report, string threshold, bool newOnly, bool allowPartial)
    {
        Severity? failOn = SeverityNames.TryParse(threshold, out var min) ? min : null;
        return (int)ScanGate.Decide(report, new GateOptions { FailOn = failOn, NewOnly = newOnly, AllowPartial = allowPartial });
    }
}
