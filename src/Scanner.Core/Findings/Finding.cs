using Scanner.Core.Inventory;

namespace Scanner.Core.Findings;

/// <summary>One rule violated by one resource: what every report writer renders.</summary>
public sealed record Finding
{
    public required string RuleId { get; init; }
    public required Severity Severity { get; init; }
    public required string ResourceKind { get; init; }
    /// <summary>The resource's inventory key (ARN for live resources, <c>file#address</c> for IaC).</summary>
    public required string ResourceKey { get; init; }
    public string? ResourceArn { get; init; }
    public string? ResourceId { get; init; }
    public string? ResourceName { get; init; }
    public string? ResourceAddress { get; init; }
    public required ResourceOrigin Origin { get; init; }
    public string? AccountId { get; init; }
    public string? Region { get; init; }
    public SourceLocation? Location { get; init; }
    public required string Message { get; init; }
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
    /// <summary>True when the rule fired only because a value is unknown at plan time.</summary>
    public bool DependsOnUnknown { get; init; }
    /// <summary>Stable across runs, input order and unrelated changes (see <see cref="Fingerprints"/>).</summary>
    public required string Fingerprint { get; init; }
    public Suppression? Suppression { get; init; }
    /// <summary>New, unchanged or absent, when compared with a baseline.</summary>
    public BaselineState? BaselineState { get; init; }
}

/// <summary>Why a finding is accepted: from a suppressions file or inline in the source.</summary>
public sealed record Suppression(SuppressionKind Kind, string Reason, string? Owner = null, DateOnly? Expires = null);

/// <summary>Where a suppression comes from (SARIF's suppression kinds); written by name (<see cref="SuppressionKindNames.ToName"/>).</summary>
public enum SuppressionKind
{
    /// <summary>In the scanned source itself: a tag or metadata entry on the resource.</summary>
    InSource,
    /// <summary>In a suppressions file beside the source.</summary>
    External,
}

public static class SuppressionKindNames
{
    /// <summary>inSource or external: SARIF's words, used by every report.</summary>
    public static string ToName(this SuppressionKind kind) => kind == SuppressionKind.InSource ? "inSource" : "external";
}
