using Scanner.Core.Findings;
using Scanner.Pipeline;
using Scanner.Pipeline.Snapshot;

namespace Scanner.Library;

/// <summary>A finished scan: the report every writer renders, and the inventory it judged.</summary>
public sealed record ScanResult(ScanReport Report, InventorySnapshot Inventory)
{
    /// <summary>
    /// Findings in the one stable order (severity, rule id, resource), suppressed ones included and marked. Past 8 MiB
    /// they are kept in an unnamed temporary file (in <see cref="Path.GetTempPath"/>) and read back, one at a time,
    /// whenever the list is enumerated or indexed (<see cref="FindingStore"/>).
    /// </summary>
    public IReadOnlyList<Finding> Findings => Report.Findings;

    /// <summary>Notes, warnings and errors met while collecting and evaluating.</summary>
    public IReadOnlyList<ScanDiagnostic> Diagnostics => Report.Diagnostics;

    /// <summary>False when an account, Region, API or file could not be read.</summary>
    public bool IsComplete => Report.IsComplete;

    /// <summary>The CI-gate verdict, decided exactly as <c>latticescan scan</c> decides its exit code.</summary>
    public GateDecision Gate(GateOptions? options = null) => ScanGate.Decide(Report, options ?? new GateOptions());
}
