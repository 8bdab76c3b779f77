using System.Runtime.CompilerServices;
using Amazon.EC2;
using Amazon.EC2.Model;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.Ec2;

/// <summary>
/// <see cref="IEc2Inventory"/> on AWSSDK.EC2. Endpoint and signing region (AuthenticationRegion) are set
/// explicitly per region; retries, time-outs and logging run through the shared call path.
/// </summary>
public sealed class Ec2Inventory : IEc2Inventory, IDisposable
{
    /// <summary>EC2 filters take at most 200 values; stay well below.</summary>
    private const int FilterBatch = 100;

    /// <summary>The largest page these Describe calls accept.</summary>
    private const int PageSize = 1000;

    private readonly AmazonEC2Client _client;
    private readonly SdkCall _call;

    public Ec2Inventory(AwsClientOptions options)
    {
        _client = new AmazonEC2Client(options.Credentials, SdkCall.Configure(new AmazonEC2Config(), options, AwsService.Ec2));
        _call = new SdkCall(options, AwsService.Ec2);
    }

    public async Task<IReadOnlyList<Region>> DescribeRegionsAsync(bool allRegions, CancellationToken ct = default)
    {
        var response = await _call.InvokeAsync("DescribeRegions",
            t => _client.DescribeRegionsAsync(new DescribeRegionsRequest { AllRegions = allRegions }, t), ct).ConfigureAwait(false);
        return response.Regions ?? [];
    }

    public async IAsyncEnumerable<VpcEndpoint> DescribeVpcEndpointsAsync(IReadOnlyList<string> endpointTypes,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        string? token = null;
        do
        {
            var request = new DescribeVpcEndpointsRequest
            {
                Filters = [new Filter("vpc-endpoint-type", [.. endpointTypes])],
                MaxResults = PageSize,
                NextToken = token,
            };
            var page = await _call.InvokeAsync("DescribeVpcEndpoints", t => _client.DescribeVpcEndpointsAsync(request, t), ct).ConfigureAwait(false);
            foreach (var e in page.VpcEndpoints ?? []) yield return e;
            token = page.NextToken;
        } while (!string.IsNullOrEmpty(token));
    }

    public async IAsyncEnumerable<SecurityGroup> DescribeSecurityGroupsAsync(IReadOnlyList<string> groupIds,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var batch in groupIds.Distinct(StringComparer.Ordinal).Chunk(FilterBatch))
        {
            string? token = null;
            do
            {
                var request = new DescribeSecurityGroupsRequest { Filters = [new Filter("group-id", [.. batch])], MaxResults = PageSize, NextToken = token };
                var page = await _call.InvokeAsync("DescribeSecurityGroups", t => _client.DescribeSecurityGroupsAsync(request, t), ct).ConfigureAwait(false);
                foreach (var g in page.SecurityGroups ?? []) yield return g;
                token = page.NextToken;
            } while (!string.IsNullOrEmpty(token));
        }
    }

    public async IAsyncEnumerable<Vpc> DescribeVpcsAsync(string ownerId, [EnumeratorCancellation] CancellationToken ct = default)
    {
        string? token = null;
        do
        {
            var request = new DescribeVpcsRequest { Filters = [new Filter("owner-id", [ownerId])], MaxResults = PageSize, NextToken = token };
            var page = await _call.InvokeAsync("DescribeVpcs", t => _client.DescribeVpcsAsync(request, t), ct).ConfigureAwait(false);
            foreach (var v in page.Vpcs ?? []) yield return v;
            token = page.NextToken;
        } while (!string.IsNullOrEmpty(token));
    }

    public async IAsyncEnumerable<NetworkInterface> DescribeNetworkInterfacesAsync(IReadOnlyList<string> privateIpAddresses,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var batch in privateIpAddresses.Distinct(StringComparer.Ordinal).Chunk(FilterBatch))
        {
            string? token = null;
            do
            {
                var request = new DescribeNetworkInterfacesRequest { Filters = [new Filter("addresses.private-ip-address", [.. batch])], MaxResults = PageSize, NextToken = token };
                var page = await _call.InvokeAsync("DescribeNetworkInterfaces", t => _client.DescribeNetworkInterfacesAsync(request, t), ct).ConfigureAwait(false);
                foreach (var n in page.NetworkInterfaces ?? []) yield return n;
                token = page.NextToken;
            } while (!string.IsNullOrEmpty(token));
        }
    }

    public void Dispose() => _client.Dispose();
}
