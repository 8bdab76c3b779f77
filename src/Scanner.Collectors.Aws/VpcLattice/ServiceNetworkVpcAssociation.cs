using System.Text.Json;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.VpcLattice;

/// <summary>A VPC joined to a service network; <see cref="SecurityGroupIds"/> only from GetServiceNetworkVpcAssociation.</summary>
public sealed record ServiceNetworkVpcAssociation
{
    public required string Id { get; init; }
    public required string Arn { get; init; }
    public string? Status { get; init; }
    public string? CreatedBy { get; init; }
    public string? ServiceNetworkId { get; init; }
    public string? ServiceNetworkArn { get; init; }
    public string? VpcId { get; init; }
    public IReadOnlyList<string>? SecurityGroupIds { get; init; }
    public bool? PrivateDnsEnabled { get; init; }
    public bool IsDetail { get; init; }

    internal static ServiceNetworkVpcAssociation FromJson(JsonElement e, bool detail) => new()
    {
        Id = e.Str("id") ?? "",
        Arn = e.Str("arn") ?? "",
        Status = e.Str("status"),
        CreatedBy = e.Str("createdBy"),
        ServiceNetworkId = e.Str("serviceNetworkId"),
        ServiceNetworkArn = e.Str("serviceNetworkArn"),
        VpcId = e.Str("vpcId"),
        SecurityGroupIds = detail ? e.StrList("securityGroupIds") ?? [] : null,
        PrivateDnsEnabled = e.Bool("privateDnsEnabled"),
        IsDetail = detail,
    };
}
