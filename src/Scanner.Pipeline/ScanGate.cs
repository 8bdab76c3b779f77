using Scanner.Core.Findings;

namespace Scanner.Pipeline;

/// <summary>The verdict of a CI gate; the values are the process exit codes the command line documents.</summary>
public enum GateVerdict
{
    /// <summary>Nothing unsuppressed at or above the threshold.</summary>
    Pass = 0,
    /// <summary>Unsuppressed findings at or above the threshold (new ones only, when so asked).</summary>
    Fail = 1,
    /// <summary>The collection is incomplete (an account, Region, API or file could not be read) and partial results were not allowed.</summary>
    Incomplete = 3,
}

/// <summary>How strict a gate is: <c>--fail-on</c>, <c>--fail-on-new-only</c> and <c>--allow-partial</c> of the command line.</summary>
public sealed record GateOptions
{
    /// <summary>The lowest severity that fails the gate; null never fails on findings (<c>--fail-on none</c>).</summary>
    public Severity? FailOn { get; init; } = Severity.High;

    /// <summary>Only findings the baseline did not have fail the gate.</summary>
    public bool NewOnly { get; init; }

    /// <summary>An incomplete collection passes on its findings alone instead of being <see cref="GateVerdict.Incomplete"/>.</summary>
    public bool AllowPartial { get; init; }
}

/// <summary>
/// The one gate decision, shared by the command line and library callers: an incomplete collection first (unless
/// partial results are allowed), then any unsuppressed finding at or above the threshold.
/// </summary>
public static class ScanGate
{
    public static GateVerdict Decide(ScanReport report, GateOptions options)
    {
        if (!report.IsComplete && !options.AllowPartial) return GateVerdict.Incomplete;
        if (options.FailOn is not { } min) return GateVerdict.Pass;
        var failing = report.Findings.Any(f => f.Suppression is null && f.Severity >= min && (!options.NewOnly || f.BaselineState == "new"));
        return failing ? GateVerdict.Fail : GateVerdict.Pass;
    }
}
