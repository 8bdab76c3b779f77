using System.Text.Json;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.Ram;

/// <summary>
/// A principal or resource association of a share the caller owns (GetResourceShareAssociations).
/// <see cref="External"/> is RAM's raw flag, documented inconsistently.
/// </summary>
public sealed record ResourceShareAssociation
{
    public required string ResourceShareArn { get; init; }
    public required string AssociatedEntity { get; init; }
    public string? AssociationType { get; init; }
    public string? Status { get; init; }
    public bool? External { get; init; }

    internal static ResourceShareAssociation FromJson(JsonElement e) => new()
    {
        ResourceShareArn = e.Str("resourceShareArn") ?? "",
        AssociatedEntity = e.Str("associatedEntity") ?? "",
        AssociationType = e.Str("associationType"),
        Status = e.Str("status"),
        External = e.Bool("external"),
    };
}
