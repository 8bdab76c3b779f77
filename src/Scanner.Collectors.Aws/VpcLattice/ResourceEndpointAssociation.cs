using System.Text.Json;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.VpcLattice;

/// <summary>A Resource-type VPC endpoint consuming a configuration, as the configuration's owner sees it.</summary>
public sealed record ResourceEndpointAssociation
{
    public required string Id { get; init; }
    public string? Arn { get; init; }
    public string? ResourceConfigurationId { get; init; }
    public string? ResourceConfigurationArn { get; init; }
    public string? VpcEndpointId { get; init; }
    public string? VpcEndpointOwner { get; init; }
    public string? CreatedBy { get; init; }

    internal static ResourceEndpointAssociation FromJson(JsonElement e) => new()
    {
        Id = e.Str("id") ?? "",
        Arn = e.Str("arn"),
        ResourceConfigurationId = e.Str("resourceConfigurationId"),
        ResourceConfigurationArn = e.Str("resourceConfigurationArn"),
        VpcEndpointId = e.Str("vpcEndpointId"),
        VpcEndpointOwner = e.Str("vpcEndpointOwner"),
        CreatedBy = e.Str("createdBy"),
    };
}
