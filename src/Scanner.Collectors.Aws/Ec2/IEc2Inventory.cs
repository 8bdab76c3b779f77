using Amazon.EC2.Model;

namespace Scanner.Collectors.Aws.Ec2;

/// <summary>
/// The EC2 reads the collector uses, over AWSSDK.EC2's own model types; list calls follow <c>NextToken</c> to the end.
/// </summary>
public interface IEc2Inventory
{
    /// <summary>Regions of the account, with <c>OptInStatus</c> (all regions when <paramref name="allRegions"/>).</summary>
    Task<IReadOnlyList<Region>> DescribeRegionsAsync(bool allRegions, CancellationToken ct = default);

    /// <summary>Endpoints of the given types (<c>vpc-endpoint-type</c> filter: Resource, ServiceNetwork, …).</summary>
    IAsyncEnumerable<VpcEndpoint> DescribeVpcEndpointsAsync(IReadOnlyList<string> endpointTypes, CancellationToken ct = default);

    /// <summary>Groups by id (<c>group-id</c> filter, so a deleted group is simply absent instead of failing the batch).</summary>
    IAsyncEnumerable<SecurityGroup> DescribeSecurityGroupsAsync(IReadOnlyList<string> groupIds, CancellationToken ct = default);

    /// <summary>
    /// The VPCs the account owns (<c>owner-id</c> filter: VPCs shared in through subnet sharing are left out; only
    /// their owner can associate them with a service network).
    /// </summary>
    IAsyncEnumerable<Vpc> DescribeVpcsAsync(string ownerId, CancellationToken ct = default);

    /// <summary>Interfaces holding any of the addresses (<c>addresses.private-ip-address</c> filter).</summary>
    IAsyncEnumerable<NetworkInterface> DescribeNetworkInterfacesAsync(IReadOnlyList<string> privateIpAddresses, CancellationToken ct = default);
}
