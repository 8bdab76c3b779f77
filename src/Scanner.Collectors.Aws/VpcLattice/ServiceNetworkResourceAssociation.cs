using System.Text.Json;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.VpcLattice;

/// <summary>A resource configuration placed in a service network.</summary>
public sealed record ServiceNetworkResourceAssociation
{
    public required string Id { get; init; }
    public required string Arn { get; init; }
    public string? Status { get; init; }
    public string? CreatedBy { get; init; }
    public string? ResourceConfigurationId { get; init; }
    public string? ResourceConfigurationArn { get; init; }
    public string? ServiceNetworkId { get; init; }
    public string? ServiceNetworkArn { get; init; }
    public bool? PrivateDnsEnabled { get; init; }
    public bool? IsManagedAssociation { get; init; }
    public string? DnsName { get; init; }

    internal static ServiceNetworkResourceAssociation FromJson(JsonElement e) => new()
    {
        Id = e.Str("id") ?? "",
        Arn = e.Str("arn") ?? "",
        Status = e.Str("status"),
        CreatedBy = e.Str("createdBy"),
        ResourceConfigurationId = e.Str("resourceConfigurationId"),
        ResourceConfigurationArn = e.Str("resourceConfigurationArn"),
        ServiceNetworkId = e.Str("serviceNetworkId"),
        ServiceNetworkArn = e.Str("serviceNetworkArn"),
        PrivateDnsEnabled = e.Bool("privateDnsEnabled"),
        IsManagedAssociation = e.Bool("isManagedAssociation"),
        DnsName = e.Obj("dnsEntry")?.Str("domainName"),
    };
}
