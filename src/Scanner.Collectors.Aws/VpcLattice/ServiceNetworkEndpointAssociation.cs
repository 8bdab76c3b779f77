using System.Text.Json;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.VpcLattice;

/// <summary>A ServiceNetwork-type VPC endpoint as the service network sees it.</summary>
public sealed record ServiceNetworkEndpointAssociation
{
    public required string Id { get; init; }
    public string? VpcEndpointId { get; init; }
    public string? VpcId { get; init; }
    public string? VpcEndpointOwnerId { get; init; }
    public string? State { get; init; }
    public string? ServiceNetworkArn { get; init; }

    internal static ServiceNetworkEndpointAssociation FromJson(JsonElement e) => new()
    {
        Id = e.Str("id") ?? "",
        VpcEndpointId = e.Str("vpcEndpointId"),
        VpcId = e.Str("vpcId"),
        VpcEndpointOwnerId = e.Str("vpcEndpointOwnerId"),
        State = e.Str("state"),
        ServiceNetworkArn = e.Str("serviceNetworkArn"),
    };
}
