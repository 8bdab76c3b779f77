using System.Text.Json;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.Ram;

/// <summary>A resource in a share (ListResources; the SDK calls it <c>Resource</c>).</summary>
public sealed record SharedResource
{
    public required string Arn { get; init; }
    public string? Type { get; init; }
    public required string ResourceShareArn { get; init; }
    public string? Status { get; init; }

    internal static SharedResource FromJson(JsonElement e) => new()
    {
        Arn = e.Str("arn") ?? "",
        Type = e.Str("type"),
        ResourceShareArn = e.Str("resourceShareArn") ?? "",
        Status = e.Str("status"),
    };
}
