using System.Text.Json;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.Ram;

/// <summary>A RAM resource share (GetResourceShares).</summary>
public sealed record ResourceShare
{
    public required string ResourceShareArn { get; init; }
    public string? Name { get; init; }
    public string? OwningAccountId { get; init; }
    public bool? AllowExternalPrincipals { get; init; }
    public string? Status { get; init; }
    public string? FeatureSet { get; init; }
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    internal static ResourceShare FromJson(JsonElement e) => new()
    {
        ResourceShareArn = e.Str("resourceShareArn") ?? "",
        Name = e.Str("name"),
        OwningAccountId = e.Str("owningAccountId"),
        AllowExternalPrincipals = e.Bool("allowExternalPrincipals"),
        Status = e.Str("status"),
        FeatureSet = e.Str("featureSet"),
        Tags = e.Array("tags").Where(t => t.Str("key") is not null)
            .GroupBy(t => t.Str("key")!).ToDictionary(g => g.Key, g => g.Last().Str("value") ?? "", StringComparer.Ordinal),
    };
}
