using System.Text;
using System.Text.Json;
using Scanner.Collectors.Aws.Protocol;
using Scanner.Collectors.Aws.Tests.Support;
using Scanner.Collectors.Aws.VpcLattice;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using Scanner.AwsEmulator.World;

namespace Scanner.Collectors.Aws.Tests.VpcLattice;

/// <summary>
/// ListServiceNetworkVpcAssociations as the model documents it ("You must provide either the ID of the service network
/// identifier or the ID of the VPC"), through the real thin client against the fake: a network owner and a consumer
/// whose VPC is joined to the network shared in to it.
/// </summary>
public sealed class VpcAssociationListingTests
{
    private const string Owner = "111111111111";
    private const string Consumer = "222222222222";
    private const string Region = "us-east-1";
    private const string NetworkId = "sn-0000000000000000a";
    private const string ConsumerVpc = "vpc-0c000000000000001";
    private const string OwnerVpc = "vpc-0a000000000000001";
    private static readonly string NetworkArn = EmulatedArns.Lattice(Region, Owner, "servicenetwork", NetworkId);

    private static EmulatedWorld World()
    {
        var world = new EmulatedWorld("o-abcdefghij", Owner);
        world.AllRegions.Add(Region);
        var owner = world.AddAccount(Owner, "owner").Region(Region);
        var consumer = world.AddAccount(Consumer, "consumer").Region(Region);
        owner.ServiceNetworks.Add(new EmulatedServiceNetwork(NetworkId, "shared", "AWS_IAM"));
        owner.Shares.Add(new EmulatedShare("55555555-5555-4555-8555-555555555555", "network", false, [NetworkArn], [world.OrganizationArn]));
        owner.VpcAssociations.Add(new EmulatedVpcAssociation("snva-0a000000000000001", NetworkArn, OwnerVpc, []));
        consumer.VpcAssociations.Add(new EmulatedVpcAssociation("snva-0c000000000000001", NetworkArn, ConsumerVpc, ["sg-0c000000000000001"]));
        return world;
    }

    private static VpcLatticeClient Client(FakeAwsServer aws, string account) =>
        new(FakeAwsFixture.Options(aws, Region, account == Owner ? null : aws.CreateStaticCredentials(account)));

    [Fact]
    public async Task ListServiceNetworkVpcAssociations_NoFilter_ValidationExceptionInTheRestJsonShape()
    {
        await using var aws = await FakeAwsServer.StartAsync(World());

        var e = await Assert.ThrowsAsync<AwsServiceException>(async () => await Client(aws, Owner).ListServiceNetworkVpcAssociationsAsync().ToListAsync());

        Assert.Equal(("ValidationException", 400), (e.ErrorCode, e.StatusCode));
        // The strict fake answers first, with the model's own sentence for the documented constraint.
        Assert.Equal("You must provide either the ID of the service network identifier or the ID of the VPC.", e.Message);
        var exchange = Assert.Single(aws.Exchanges, x => x.Call.Operation == "ListServiceNetworkVpcAssociations");
        using var body = JsonDocument.Parse(Encoding.UTF8.GetString(exchange.ResponseBody));
        Assert.Equal("other", body.RootElement.GetProperty("reason").GetString());
        Assert.Equal(e.Message, body.RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public async Task ListServiceNetworkVpcAssociations_ByNetworkIdOrArn_OwnerSeesEveryAccountsAssociationUnderItsOwnArn()
    {
        await using var aws = await FakeAwsServer.StartAsync(World());
        var client = Client(aws, Owner);

        var byId = await client.ListServiceNetworkVpcAssociationsAsync(serviceNetworkIdentifier: NetworkId).ToListAsync();
        var byArn = await client.ListServiceNetworkVpcAssociationsAsync(serviceNetworkIdentifier: NetworkArn).ToListAsync();

        Assert.Equal([OwnerVpc, ConsumerVpc], byId.Select(a => a.VpcId).Order(StringComparer.Ordinal));
        Assert.Equal(byId.Select(a => a.Arn), byArn.Select(a => a.Arn));
        Assert.All(byId, a => Assert.Contains($":{Owner}:servicenetworkvpcassociation/", a.Arn, StringComparison.Ordinal));
        Assert.Equal(Consumer, byId.Single(a => a.VpcId == ConsumerVpc).CreatedBy);
    }

    [Fact]
    public async Task ListServiceNetworkVpcAssociations_ConsumerOfSharedNetwork_FindsItsOwnAssociationByVpcIdAndByNetwork()
    {
        await using var aws = await FakeAwsServer.StartAsync(World());
        var client = Client(aws, Consumer);

        var byVpc = await client.ListServiceNetworkVpcAssociationsAsync(vpcIdentifier: ConsumerVpc).ToListAsync();
        var byNetwork = await client.ListServiceNetworkVpcAssociationsAsync(serviceNetworkIdentifier: NetworkArn).ToListAsync();
        var otherVpc = await client.ListServiceNetworkVpcAssociationsAsync(vpcIdentifier: OwnerVpc).ToListAsync();

        var mine = Assert.Single(byVpc);
        Assert.Equal($"arn:aws:vpc-lattice:{Region}:{Consumer}:servicenetworkvpcassociation/{mine.Id}", mine.Arn);
        Assert.Equal(NetworkArn, mine.ServiceNetworkArn);
        Assert.Equal([mine.Arn], byNetwork.Select(a => a.Arn));
        Assert.Empty(otherVpc);
        var detail = await client.GetServiceNetworkVpcAssociationAsync(mine.Arn);
        Assert.Equal(["sg-0c000000000000001"], detail.SecurityGroupIds);
    }
}
