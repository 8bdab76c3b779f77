using Scanner.Core.Findings;
using Scanner.Reporting;

namespace Scanner.Pipeline;

/// <summary>The decision of a CI gate; the values are the process exit codes the command line documents.</summary>
public enum GateDecision
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
    /// <summary>The verdict with its numbers (threshold, failing findings), as the summary line prints it.</summary>
    public static GateVerdict Judge(ScanReport report, GateOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        var incomplete = !report.IsComplete && !options.AllowPartial;
        var failing = options.FailOn is { } min
            ? report.Findings.Count(f => f.Suppression is null && f.Severity >= min && (!options.NewOnly || f.BaselineState == Core.Findings.BaselineState.New))
            : 0;
        return new GateVerdict(options.FailOn?.ToName() ?? "none", failing, options.NewOnly, incomplete);
    }

    /// <summary>The decision of a verdict.</summary>
    public static GateDecision Decide(GateVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return verdict.Incomplete ? GateDecision.Incomplete : verdict.Failing > 0 ? GateDecision.Fail : GateDecision.Pass;
    }

    /// <summary>The decision for a report.</summary>
    public static GateDecision Decide(ScanReport report, GateOptions options) => Decide(Judge(report, options));
}
