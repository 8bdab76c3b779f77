using Scanner.Collectors.Aws.Ec2;
using Scanner.Collectors.Aws.Protocol;
using Scanner.Collectors.Aws.Tests.Support;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using static Scanner.FakeAws.FieldReportIds;

namespace Scanner.Collectors.Aws.Tests.Ec2;

public sealed class Ec2InventoryTests
{
    [Fact]
    public async Task DescribeVpcEndpoints_PageSizeOne_PaginatesAndReadsLatticeFields()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        aws.PageSize = 1;
        using var ec2 = new Ec2Inventory(FakeAwsFixture.Options(aws, Tokyo, aws.CreateStaticCredentials(AppConsumer)));

        var endpoints = await ec2.DescribeVpcEndpointsAsync(["Resource", "ServiceNetwork"]).ToListAsync();

        Assert.Equal([AuroraEndpoint, SqlServerEndpoint], endpoints.Select(e => e.VpcEndpointId));
        Assert.Equal($"arn:aws:vpc-lattice:{Tokyo}:{Provider}:resourceconfiguration/{AuroraConfig}", endpoints[0].ResourceConfigurationArn);
        Assert.Equal([EndpointTightSg], endpoints[0].Groups.Select(g => g.GroupId));
        Assert.Equal("Resource", endpoints[0].VpcEndpointType.Value);
        Assert.True(endpoints[0].PrivateDnsEnabled);
        Assert.Equal(2, aws.Calls.Count(c => c.Action == "ec2:DescribeVpcEndpoints"));
    }

    [Fact]
    public async Task DescribeVpcs_PageSizeOne_EveryOwnVpcWithTheOwnerIdFilter()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        aws.PageSize = 1;
        using var ec2 = new Ec2Inventory(FakeAwsFixture.Options(aws, Tokyo, aws.CreateStaticCredentials(Analytics)));

        var vpcs = await ec2.DescribeVpcsAsync(Analytics).ToListAsync();

        Assert.Equal(["vpc-0ana0000000000001", AnalyticsVpc], vpcs.Select(v => v.VpcId));
        Assert.All(vpcs, v => Assert.Equal(Analytics, v.OwnerId));
        Assert.Equal(2, aws.Calls.Count(c => c.Action == "ec2:DescribeVpcs"));
        Assert.All(aws.Exchanges.Where(x => x.Call.Operation == "DescribeVpcs"), x =>
            Assert.Contains("Filter.1.Name=owner-id&Filter.1.Value.1=" + Analytics, System.Text.Encoding.UTF8.GetString(x.RequestBody), StringComparison.Ordinal));
    }

    [Fact]
    public async Task PerRegionClients_SignWithTheirOwnAuthenticationRegion()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var creds = aws.CreateStaticCredentials(AppConsumer);
        using var tokyo = new Ec2Inventory(FakeAwsFixture.Options(aws, Tokyo, creds));
        using var virginia = new Ec2Inventory(FakeAwsFixture.Options(aws, Virginia, creds));

        var inTokyo = await tokyo.DescribeSecurityGroupsAsync([AssociationSg, EndpointTightSg]).Select(g => g.GroupId).ToListAsync();
        var inVirginia = await virginia.DescribeSecurityGroupsAsync([AssociationSg, EndpointTightSg]).Select(g => g.GroupId).ToListAsync();

        Assert.Equal([EndpointTightSg], inTokyo);
        Assert.Equal([AssociationSg], inVirginia);
        Assert.Equal([Tokyo, Virginia], aws.Calls.Where(c => c.Service == "ec2").Select(c => c.Region));
    }

    [Fact]
    public async Task DescribeSecurityGroups_OpenGroup_ReadsEveryPeerKind()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        using var ec2 = new Ec2Inventory(FakeAwsFixture.Options(aws, Tokyo, aws.CreateStaticCredentials(Provider)));

        var g = await ec2.DescribeSecurityGroupsAsync([GatewayOpenSg]).SingleAsync();

        var rule = Assert.Single(g.IpPermissions);
        Assert.Equal(("tcp", 1433, 1433), (rule.IpProtocol, rule.FromPort, rule.ToPort));
        Assert.Equal(["0.0.0.0/0"], rule.Ipv4Ranges.Select(r => r.CidrIp));
        Assert.Equal(["::/0"], rule.Ipv6Ranges.Select(r => r.CidrIpv6));
        Assert.Equal(Provider, g.OwnerId);
    }

    [Fact]
    public async Task DescribeRegions_AllRegions_ReportsOptInStatus()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        using var ec2 = new Ec2Inventory(FakeAwsFixture.Options(aws, Virginia));

        var regions = await ec2.DescribeRegionsAsync(allRegions: true);

        Assert.Equal([("ap-northeast-1", "opted-in"), ("us-east-1", "opt-in-not-required"), ("eu-central-1", "not-opted-in")],
            regions.Select(r => (r.RegionName, r.OptInStatus)));
    }

    [Fact]
    public async Task DescribeNetworkInterfaces_IpFilter_FindsTheRdsInterface()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        using var ec2 = new Ec2Inventory(FakeAwsFixture.Options(aws, Tokyo, aws.CreateStaticCredentials(Provider)));

        var eni = await ec2.DescribeNetworkInterfacesAsync([SqlServerIp]).SingleAsync();

        Assert.Equal((RdsInterface, "amazon-rds", "RDSNetworkInterface", true), (eni.NetworkInterfaceId, eni.RequesterId, eni.Description, eni.RequesterManaged));
    }

    [Fact]
    public async Task DescribeVpcEndpoints_RequestLimitExceededTwice_RetriedBySharedPolicy()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.Throttle) { Service = "ec2", Times = 2 });
        using var ec2 = new Ec2Inventory(FakeAwsFixture.Options(aws, Tokyo, aws.CreateStaticCredentials(AppConsumer), maxRetries: 3));

        var count = await ec2.DescribeVpcEndpointsAsync(["Resource"]).CountAsync();

        Assert.Equal(2, count);
        Assert.Equal(["RequestLimitExceeded", "RequestLimitExceeded", null], aws.Calls.Select(c => c.ErrorCode));
    }

    [Fact]
    public async Task DescribeVpcEndpoints_UnauthorizedOperation_TypedAccessDenied()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.AccessDenied) { Service = "ec2" });
        using var ec2 = new Ec2Inventory(FakeAwsFixture.Options(aws, Tokyo, aws.CreateStaticCredentials(AppConsumer)));

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => ec2.DescribeVpcEndpointsAsync(["Resource"]).ToListAsync().AsTask());

        Assert.Equal(("ec2", "DescribeVpcEndpoints", "UnauthorizedOperation", AppConsumer, Tokyo), (e.Service, e.Operation, e.ErrorCode, e.AccountId, e.Region));
        Assert.True(e.IsAccessDenied);
    }
}
