namespace Scanner.Core.Findings;

/// <summary>The complete outcome of a scan: what every report writer (SARIF, JSON, terminal) renders.</summary>
public sealed record ScanReport
{
    public required string ToolVersion { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset FinishedAt { get; init; }
    /// <summary>What was scanned: terraform, cloudformation, aws, inventory (joined when several).</summary>
    public required IReadOnlyList<string> Sources { get; init; }
    /// <summary>Input files as given (IaC scans).</summary>
    public IReadOnlyList<string> InputFiles { get; init; } = [];
    /// <summary>Rules that ran, in id order.</summary>
    public required IReadOnlyList<RuleDescriptor> Rules { get; init; }
    /// <summary>Findings in a stable order (severity, rule id, resource key).</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }
    /// <summary>Findings of the baseline that this scan no longer produces (SARIF baselineState "absent").</summary>
    public IReadOnlyList<Finding> AbsentFindings { get; init; } = [];
    public IReadOnlyList<ScanDiagnostic> Diagnostics { get; init; } = [];
    /// <summary>Resource count per kind.</summary>
    public IReadOnlyDictionary<string, int> InventorySummary { get; init; } = new Dictionary<string, int>();
    /// <summary>Accounts and regions covered (live scans).</summary>
    public IReadOnlyList<string> Accounts { get; init; } = [];
    public IReadOnlyList<string> Regions { get; init; } = [];
    public string? OrganizationId { get; init; }

    public bool IsComplete => !Diagnostics.Any(d => d.MakesScanIncomplete);
}
