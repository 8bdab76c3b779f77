using System.Diagnostics;
using Scanner.Collectors.Aws.Tests.Support;
using Scanner.Core.Inventory;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using static Scanner.Collectors.Aws.Tests.Support.Keys;
using static Scanner.FakeAws.FieldReportIds;
using Scanner.Core.Findings;

namespace Scanner.Collectors.Aws.Tests.Scenarios;

public sealed class FaultInjectionTests
{
    private static async Task<AwsCollectionResult> CleanScanAsync()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        return await ScanRunner.RunAsync(ScanRunner.Options(aws));
    }

    private static Dictionary<string, Value> Owned(AwsCollectionResult result, string account) =>
        result.Collection.Resources.Where(r => r.AccountId == account).ToDictionary(r => r.Key, r => r.Properties);

    [Fact]
    public async Task CollectAsync_FourFaults_HealthyAccountsUnchangedAndOneErrorPerLastingFault()
    {
        var clean = await CleanScanAsync();
        var world = FakeScenarios.FieldReportOrganization();
        world.Account(Analytics)!.RoleNames.Clear();
        await using var aws = await FakeAwsServer.StartAsync(world);
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.Throttle) { AccountId = AppConsumer, Region = Tokyo, Operation = "ListServiceNetworks" });
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.AccessDenied) { AccountId = AppConsumer, Region = Virginia, Operation = "ListServiceNetworks" });
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.ServerError) { AccountId = Provider, Region = Tokyo, Operation = "GetResourceConfiguration", Times = 3 });

        var watch = Stopwatch.StartNew();
        var faulted = await ScanRunner.RunAsync(ScanRunner.Options(aws));
        watch.Stop();

        var errors = faulted.Collection.Diagnostics.Where(d => d.MakesScanIncomplete)
            .Select(d => (d.Code, d.AccountId, d.Region, d.Api)).OrderBy(d => d.ToString()).ToList();
        Assert.Equal([
            ("AccessDenied", AppConsumer, Virginia, "vpc-lattice:ListServiceNetworks"),
            ("AssumeRoleFailed", Analytics, Tokyo, "sts:AssumeRole"),
            ("Throttling", AppConsumer, Tokyo, "vpc-lattice:ListServiceNetworks"),
        ], errors.Select(e => (e.Code, e.AccountId!, e.Region!, e.Api!)).OrderBy(e => e.ToString()));
        Assert.Equal(3, faulted.Collection.Diagnostics.Count);
        Assert.Contains("Grant vpc-lattice:ListServiceNetworks (needed for owned and shared service networks)",
            faulted.Collection.Diagnostics.Single(d => d.Code == "AccessDenied").Message, StringComparison.Ordinal);
        Assert.Equal(3, aws.Faults.FiredCounts()[2]);
        Assert.Equal(4, aws.Calls.Count(c => c.AccountId == AppConsumer && c.Region == Tokyo && c.Operation == "ListServiceNetworks"));

        foreach (var healthy in new[] { Management, Provider })
        {
            var before = Owned(clean, healthy);
            var after = Owned(faulted, healthy);
            Assert.Equal(before.Keys.Order(), after.Keys.Order());
            Assert.All(before, kv => Assert.Equal(kv.Value, after[kv.Key]));
        }

        // The Tokyo network itself survives: it is shared with the organization, so the provider lists it too (a consumer view).
        var lost = Owned(clean, AppConsumer).Keys.Except(Owned(faulted, AppConsumer).Keys).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[]
        {
            Lattice(Virginia, AppConsumer, "accesslogsubscription", VirginiaNetworkAccessLog),
            TokyoNet + "/vpcendpointassociation/snea-0c2b1000000000000",
            VirginiaNet, VirginiaNet + "/authpolicy", VirginiaNet + "/resourcepolicy",
        }.Order(StringComparer.Ordinal), lost);
        Assert.Contains(faulted.Collection.Resources, r => r.Key == TokyoNet);
        Assert.Empty(Owned(faulted, AppConsumer).Keys.Except(Owned(clean, AppConsumer).Keys));
        Assert.Empty(Owned(faulted, Analytics));
        Assert.Equal([Management, Provider, AppConsumer], faulted.AccountsScanned);
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 20);
    }

    [Fact]
    public async Task CollectAsync_RegionNotEnabled_OneRegionUnavailableDiagnosticAndOtherRegionsRead()
    {
        var world = FakeScenarios.FieldReportOrganization();
        world.Account(Provider)!.EnabledRegions.Remove(Virginia);
        await using var aws = await FakeAwsServer.StartAsync(world);

        var result = await ScanRunner.RunAsync(ScanRunner.Options(aws));

        var d = Assert.Single(result.Collection.Diagnostics);
        Assert.Equal((DiagnosticLevel.Error, "RegionUnavailable", Provider, Virginia), (d.Level, d.Code, d.AccountId, d.Region));
        Assert.Single(aws.Calls, c => c.AccountId == Provider && c.Region == Virginia);
        Assert.Contains(result.Collection.Resources, r => r.Key == Gateway(AuroraGateway));
    }

    [Fact]
    public async Task CollectAsync_SlowApiBeyondTimeout_TimeoutDiagnosticAndNothingElseLost()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.Delay) { AccountId = Provider, Region = Tokyo, Operation = "ListResourceGateways", Delay = TimeSpan.FromSeconds(3) });

        var result = await ScanRunner.RunAsync(ScanRunner.Options(aws) with { CallTimeout = TimeSpan.FromMilliseconds(300), MaxRetries = 1 });

        var d = Assert.Single(result.Collection.Diagnostics);
        Assert.Equal(("Timeout", Provider, Tokyo, "vpc-lattice:ListResourceGateways"), (d.Code, d.AccountId, d.Region, d.Api));
        Assert.DoesNotContain(result.Collection.Resources, r => r.Kind == ResourceKinds.ResourceGateway);
        Assert.Contains(result.Collection.Resources, r => r.Key == Config(AuroraConfig));
    }

    [Fact]
    public async Task CollectAsync_ThrottledMidPagination_KeepsPagesReadBeforeTheFailure()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        aws.PageSize = 1;
        var options = ScanRunner.Options(aws, regions: Tokyo) with { Accounts = [Provider] };
        // The first page goes through; every later attempt is throttled, beyond the retry budget.
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.Delay) { AccountId = Provider, Region = Tokyo, Operation = "ListResourceGateways", Times = 1, Delay = TimeSpan.Zero });
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.Throttle) { AccountId = Provider, Region = Tokyo, Operation = "ListResourceGateways" });

        var result = await ScanRunner.RunAsync(options);

        Assert.Equal([Gateway(AuroraGateway)], result.Collection.Resources.Where(r => r.Kind == ResourceKinds.ResourceGateway).Select(r => r.Key));
        Assert.Equal("Throttling", Assert.Single(result.Collection.Diagnostics).Code);
    }

    [Theory]
    [InlineData("vpc-lattice", "ListResourceGateways")]
    [InlineData("ec2", "DescribeVpcEndpoints")]
    public async Task CollectAsync_GarbageResponse_OneMalformedResponseDiagnosticAndTheRestCollected(string service, string operation)
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var account = service == "ec2" ? AppConsumer : Provider;
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.Garbage) { Service = service, Operation = operation, AccountId = account, Region = Tokyo });

        var result = await ScanRunner.RunAsync(ScanRunner.Options(aws));

        var d = Assert.Single(result.Collection.Diagnostics);
        Assert.Equal((DiagnosticLevel.Error, "MalformedResponse", account, Tokyo), (d.Level, d.Code, d.AccountId, d.Region));
        Assert.Contains(result.Collection.Resources, r => r.Key == Config(AuroraConfig));
        Assert.Equal([Management, Provider, AppConsumer, Analytics], result.AccountsScanned);
    }
}
