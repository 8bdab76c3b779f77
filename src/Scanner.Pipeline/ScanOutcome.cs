using Scanner.Core.Findings;
using Scanner.Pipeline.Snapshot;

namespace Scanner.Pipeline;

/// <summary>A finished scan: the report, and the inventory it judged (for <c>collect --output</c>).</summary>
public sealed record ScanOutcome(ScanReport Report, InventorySnapshot Inventory);
