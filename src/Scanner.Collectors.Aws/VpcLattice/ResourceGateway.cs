using System.Text.Json;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.VpcLattice;

/// <summary>A resource gateway from ListResourceGateways (summary) or GetResourceGateway (detail).</summary>
public sealed record ResourceGateway
{
    public required string Id { get; init; }
    public required string Arn { get; init; }
    public string? Name { get; init; }
    public string? Status { get; init; }
    public string? VpcId { get; init; }
    public IReadOnlyList<string>? SubnetIds { get; init; }
    public IReadOnlyList<string>? SecurityGroupIds { get; init; }
    public string? IpAddressType { get; init; }
    public long? Ipv4AddressesPerEni { get; init; }
    public string? ResourceConfigDnsResolution { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The list item names the VPC <c>vpcIdentifier</c>, the Get response <c>vpcId</c>.</summary>
    internal static ResourceGateway FromJson(JsonElement e) => new()
    {
        Id = e.Str("id") ?? "",
        Arn = e.Str("arn") ?? "",
        Name = e.Str("name"),
        Status = e.Str("status"),
        VpcId = e.Str("vpcId") ?? e.Str("vpcIdentifier"),
        SubnetIds = e.StrList("subnetIds"),
        SecurityGroupIds = e.StrList("securityGroupIds"),
        IpAddressType = e.Str("ipAddressType"),
        Ipv4AddressesPerEni = e.Long("ipv4AddressesPerEni"),
        ResourceConfigDnsResolution = e.Str("resourceConfigDnsResolution"),
        CreatedAt = e.Time("createdAt"),
    };
}
