using System.Text.Json;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.VpcLattice;

/// <summary>A VPC Lattice service placed in a service network (ListServiceNetworkServiceAssociations summary).</summary>
public sealed record ServiceNetworkServiceAssociation
{
    public required string Id { get; init; }
    public required string Arn { get; init; }
    public string? Status { get; init; }
    public string? CreatedBy { get; init; }
    public string? ServiceId { get; init; }
    public string? ServiceArn { get; init; }
    public string? ServiceNetworkId { get; init; }
    public string? ServiceNetworkArn { get; init; }

    internal static ServiceNetworkServiceAssociation FromJson(JsonElement e) => new()
    {
        Id = e.Str("id") ?? "",
        Arn = e.Str("arn") ?? "",
        Status = e.Str("status"),
        CreatedBy = e.Str("createdBy"),
        ServiceId = e.Str("serviceId"),
        ServiceArn = e.Str("serviceArn"),
        ServiceNetworkId = e.Str("serviceNetworkId"),
        ServiceNetworkArn = e.Str("serviceNetworkArn"),
    };
}
