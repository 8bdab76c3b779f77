using Scanner.Core.Findings;
using Scanner.Core.Inventory;

namespace Scanner.Reporting;

/// <summary>
/// One finding of a previous report, as much as <see cref="BaselineComparer"/> needs to match it (the fingerprint)
/// and to report it again as absent (rule, resource, message, severity, location).
/// </summary>
public sealed record BaselineEntry
{
    public required string Fingerprint { get; init; }
    public required string RuleId { get; init; }
    /// <summary>The inventory key (ARN or <c>file#address</c>); null when the baseline did not record it.</summary>
    public string? ResourceKey { get; init; }
    public string? ResourceKind { get; init; }
    public string? ResourceArn { get; init; }
    public string? ResourceName { get; init; }
    public string? ResourceAddress { get; init; }
    /// <summary>Null when the baseline did not say (logs from other writers); live when it has an ARN.</summary>
    public ResourceOrigin? Origin { get; init; }
    public string? AccountId { get; init; }
    public string? Region { get; init; }
    public required string Message { get; init; }
    public required Severity Severity { get; init; }
    /// <summary>Repository-relative file (SARIF: the decoded uri), line, column and logical name; null for live findings.</summary>
    public SourceLocation? Location { get; init; }
    public bool Suppressed { get; init; }
}
