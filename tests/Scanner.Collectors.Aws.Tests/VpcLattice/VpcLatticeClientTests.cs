using Scanner.Collectors.Aws.Tests.Support;
using Scanner.Collectors.Aws.VpcLattice;
using Scanner.AwsEmulator;
using Scanner.FakeAws;

namespace Scanner.Collectors.Aws.Tests.VpcLattice;

public sealed class VpcLatticeClientTests
{
    [Fact]
    public async Task ListResourceGateways_ManyPages_ReturnsEveryItemInOrder()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeAwsFixture.SmallWorld(gateways: 5));
        var client = new VpcLatticeClient(FakeAwsFixture.Options(aws, "us-east-1"));

        var ids = new List<string>();
        await foreach (var g in client.ListResourceGatewaysAsync()) ids.Add(g.Id);

        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"rgw-{i:D17}"), ids);
        Assert.Equal(3, aws.Calls.Count(c => c.Operation == "ListResourceGateways" && c.StatusCode == 200));
    }

    [Fact]
    public async Task ListResourceGateways_PerRegionClients_EachSignsForItsOwnRegion()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeAwsFixture.SmallWorld(gateways: 2));
        var east = new VpcLatticeClient(FakeAwsFixture.Options(aws, "us-east-1"));
        var west = new VpcLatticeClient(FakeAwsFixture.Options(aws, "eu-west-1"));

        var eastIds = await east.ListResourceGatewaysAsync().Select(g => g.Id).ToListAsync();
        var westIds = await west.ListResourceGatewaysAsync().Select(g => g.Id).ToListAsync();

        Assert.Equal(["rgw-00000000000000000", "rgw-00000000000000001"], eastIds);
        Assert.Equal(["rgw-eu000000000000001"], westIds);
        Assert.Equal("eu-west-1", west.Endpoint.SigningRegion);
        Assert.Contains(aws.Calls, c => c.Region == "eu-west-1" && c.Operation == "ListResourceGateways");
    }

    [Fact]
    public async Task GetResourceGateway_DetailResponse_ReadsVpcIdAndGroups()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeAwsFixture.SmallWorld(gateways: 1));
        var client = new VpcLatticeClient(FakeAwsFixture.Options(aws, "us-east-1"));

        var g = await client.GetResourceGatewayAsync("rgw-00000000000000000");

        Assert.Equal("vpc-0000000000000001", g.VpcId);
        Assert.Equal(["sg-00000001"], g.SecurityGroupIds);
        Assert.Equal("arn:aws:vpc-lattice:us-east-1:111111111111:resourcegateway/rgw-00000000000000000", g.Arn);
    }
}
