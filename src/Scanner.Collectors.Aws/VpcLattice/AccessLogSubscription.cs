using System.Text.Json;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.VpcLattice;

/// <summary>An access-log subscription of a configuration or service network.</summary>
public sealed record AccessLogSubscription
{
    public required string Id { get; init; }
    public required string Arn { get; init; }
    public string? ResourceId { get; init; }
    public string? ResourceArn { get; init; }
    public string? DestinationArn { get; init; }
    public string? ServiceNetworkLogType { get; init; }

    internal static AccessLogSubscription FromJson(JsonElement e) => new()
    {
        Id = e.Str("id") ?? "",
        Arn = e.Str("arn") ?? "",
        ResourceId = e.Str("resourceId"),
        ResourceArn = e.Str("resourceArn"),
        DestinationArn = e.Str("destinationArn"),
        ServiceNetworkLogType = e.Str("serviceNetworkLogType"),
    };
}
