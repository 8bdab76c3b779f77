using Scanner.Collectors.Aws.Tests.Support;
using Scanner.Core.Inventory;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using Scanner.AwsEmulator.World;

namespace Scanner.Collectors.Aws.Tests.Scenarios;

public sealed class LargeOrganizationTests
{
    private const int Members = 40;

    /// <summary>Every member shares its configuration with the whole organization: the classic O(accounts²) trap.</summary>
    private static EmulatedWorld OrgWideSharing()
    {
        var world = new EmulatedWorld("o-scale00001", "100000000000");
        world.AllRegions.AddRange(["us-east-1", "eu-west-1"]);
        world.AddAccount("100000000000", "management");
        for (var i = 1; i <= Members; i++)
        {
            var account = world.AddAccount((300000000000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture), "member" + i);
            account.RoleNames.Add(AwsScanOptions.DefaultRoleName);
            foreach (var region in world.AllRegions)
            {
                var r = account.Region(region);
                r.SecurityGroups.Add(new EmulatedSecurityGroup($"sg-{i:D17}", "gateway", "vpc-00000000000000001"));
                r.Gateways.Add(new EmulatedGateway($"rgw-{i:D17}", "gateway", "vpc-00000000000000001", ["subnet-1"], [$"sg-{i:D17}"]));
                r.Configurations.Add(new EmulatedConfiguration($"rcfg-{i:D17}", "db", $"rgw-{i:D17}", "SINGLE") { PortRanges = ["5432"], DefinitionType = "DNS", DefinitionValue = "db.example" });
                r.Shares.Add(new EmulatedShare($"00000000-0000-4000-8000-{i:D12}", "to-org", false, [r.LatticeArn("resourceconfiguration", $"rcfg-{i:D17}")], [world.OrganizationArn]));
            }
        }
        return world;
    }

    [Fact]
    public async Task CollectAsync_OrgWideShares_ConsumersDoNotReReadSharedItemsAndCallsStayLinear()
    {
        await using var aws = await FakeAwsServer.StartAsync(OrgWideSharing());
        aws.PageSize = 100;

        var result = await ScanRunner.RunAsync(ScanRunner.Options(aws, regions: ["us-east-1", "eu-west-1"]) with
        {
            Environment = ScanRunner.Variables(aws, "us-east-1"),
            MaxConcurrency = 16,
        });

        Assert.Empty(result.Collection.Diagnostics);
        Assert.Equal(Members * 2, result.Collection.Resources.Count(r => r.Kind == ResourceKinds.ResourceConfiguration));
        Assert.All(result.Collection.Resources.Where(r => r.Kind == ResourceKinds.ResourceConfiguration),
            r => Assert.Equal("5432", r.Properties.Get("portRanges")!.Items.Single().Get("fromPort")!.ToString()));
        Assert.Equal(Members * 2, aws.Calls.Count(c => c.Operation == "GetResourceConfiguration"));
        Assert.InRange(aws.Calls.Count, 1, (Members + 1) * 2 * 25);
    }

    [Fact]
    public async Task CollectAsync_OwnerRoleMissing_SharedItemsReadInDetailOnceFromAConsumer()
    {
        var world = OrgWideSharing();
        world.Account("300000000001")!.RoleNames.Clear();
        await using var aws = await FakeAwsServer.StartAsync(world);
        aws.PageSize = 100;

        var result = await ScanRunner.RunAsync(ScanRunner.Options(aws, regions: ["us-east-1"]) with { Environment = ScanRunner.Variables(aws, "us-east-1") });

        var orphan = Assert.Single(result.Collection.Resources, r => r.Id == $"rcfg-{1:D17}");
        Assert.Equal("DNS", orphan.Properties.Get("definition")!.GetString("type"));
        Assert.Equal(1, aws.Calls.Count(c => c.Operation == "GetResourceConfiguration" && c.AccountId != "300000000001" &&
                                             c.StatusCode == 200 && c.AccountId == "100000000000"));
        Assert.Equal("AssumeRoleFailed", Assert.Single(result.Collection.Diagnostics).Code);
    }
}
