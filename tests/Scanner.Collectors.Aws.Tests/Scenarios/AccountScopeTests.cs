using Scanner.Collectors.Aws.Organization;
using Scanner.Collectors.Aws.Tests.Support;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using static Scanner.FakeAws.FieldReportIds;

namespace Scanner.Collectors.Aws.Tests.Scenarios;

public sealed class AccountScopeTests
{
    [Fact]
    public async Task CollectAsync_OrganizationalUnit_ScansOnlyActiveAccountsUnderIt()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());

        var result = await ScanRunner.RunAsync(ScanRunner.Options(aws, regions: Tokyo) with { OrganizationalUnits = [SandboxOu] });

        Assert.Equal([Analytics], result.AccountsScanned);
        Assert.Equal([$"{Suspended}: SUSPENDED"], result.SkippedAccounts);
        Assert.Equal([Management, Provider, AppConsumer, Analytics, Suspended], result.Organization.AccountIds.Order());
        Assert.Contains(SandboxOu, result.Organization.OrganizationalUnitIds);
    }

    [Fact]
    public async Task CollectAsync_ExcludeAndAccounts_FilterTheMembers()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());

        var result = await ScanRunner.RunAsync(ScanRunner.Options(aws, regions: Tokyo) with
        {
            Accounts = [Provider, AppConsumer, "123456789012"],
            ExcludeAccounts = [AppConsumer],
        });

        Assert.Equal([Provider], result.AccountsScanned);
        Assert.Contains($"{AppConsumer}: excluded", result.SkippedAccounts);
        Assert.Contains("123456789012: not a member of o-fieldrep01", result.SkippedAccounts);
    }

    [Fact]
    public async Task CollectAsync_TwoShards_DisjointAndTogetherTheWholeOrganization()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());

        var first = await ScanRunner.RunAsync(ScanRunner.Options(aws, regions: Tokyo) with { Shard = (0, 2) });
        var second = await ScanRunner.RunAsync(ScanRunner.Options(aws, regions: Tokyo) with { Shard = (1, 2) });

        Assert.Empty(first.AccountsScanned.Intersect(second.AccountsScanned));
        Assert.Equal([Management, Provider, AppConsumer, Analytics], first.AccountsScanned.Concat(second.AccountsScanned).Order());
        Assert.All(first.AccountsScanned, a => Assert.Equal(0, AccountSharding.ShardOf(a, 2)));
    }

    [Fact]
    public async Task CollectAsync_RegionsAll_ScansRegionsDescribeRegionsReportsEnabled()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());

        var result = await ScanRunner.RunAsync(ScanRunner.Options(aws, organization: false) with { Regions = ["all"] });

        Assert.Equal([Tokyo, Virginia], result.Regions);
        Assert.Single(aws.Calls, c => c.Action == "ec2:DescribeRegions");
        Assert.DoesNotContain(aws.Calls, c => c.Region == "eu-central-1");
    }

    [Fact]
    public async Task CollectAsync_WithoutOrganization_ScansTheCallingAccountOnly()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var provider = aws.CreateStaticCredentials(Provider);
        var vars = new Dictionary<string, string>(aws.EnvironmentVariables(Tokyo))
        {
            ["AWS_ACCESS_KEY_ID"] = provider.AccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = provider.SecretAccessKey,
        };

        var result = await ScanRunner.RunAsync(ScanRunner.Options(aws, organization: false, regions: Tokyo) with { Environment = n => vars.GetValueOrDefault(n) });

        Assert.Equal([Provider], result.AccountsScanned);
        Assert.Equal(OrganizationId, result.Organization.OrganizationId);
        Assert.Empty(result.Organization.AccountIds);
        Assert.DoesNotContain(aws.Calls, c => c.Operation is "AssumeRole" or "ListAccounts");
        Assert.All(result.Collection.Resources.Where(r => r.Kind == "resource_gateway"), r => Assert.Equal(Provider, r.AccountId));
    }

    [Fact]
    public async Task CollectAsync_Progress_ReportsEveryUnitUpToTheTotal()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var reports = new List<AwsScanProgress>();
        var progress = new SynchronousProgress<AwsScanProgress>(p => { lock (reports) reports.Add(p); });

        await new AwsCollector().CollectAsync(ScanRunner.Options(aws), progress, CancellationToken.None);

        Assert.Equal(9, reports.Count);
        Assert.Equal(Enumerable.Range(0, 9), reports.Select(r => r.UnitsDone).Order());
        Assert.Equal((0, 8), (reports[0].UnitsDone, reports[0].UnitsTotal));
        var last = reports.MaxBy(r => r.UnitsDone)!;
        Assert.Equal((8, 4), (last.UnitsTotal, last.AccountsTotal));
        Assert.True(reports.Max(r => r.ApiCalls) > 50);
    }
}
