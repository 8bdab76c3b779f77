using Scanner.Collectors.Aws.Tests.Support;
using Scanner.Core.Inventory;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using Scanner.AwsEmulator.World;
using static Scanner.Collectors.Aws.Tests.Support.CollectedGraph;
using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Collectors.Aws.Tests.VpcLattice;

/// <summary>
/// Live collection of VPC Lattice services and their service-network associations through the real collector against
/// the strict fake: pages, owned and shared-in services, associations seen from both of their accounts, and failures
/// of each new call reported per account, region and API while the rest is kept.
/// </summary>
public sealed class ServiceCollectionTests
{
    private const string Region = "us-east-1";
    private const string Owner = "111111111111";     // scanned with the scanner's own credentials
    private const string Member = "222222222222";    // scanned through the read-only role
    private const string Outsider = "999999999999";  // outside the organization, never scanned

    private const string OwnerNetwork = "sn-0a000000000000001";
    private const string OutsiderNetwork = "sn-0e000000000000001";
    private const string OutsiderService = "svc-0e000000000000001";
    private const string MemberService = "svc-0c000000000000001";
    private const string MemberInOutsiderNetwork = "snsa-0c000000000000001";
    private const string OutsiderShare = "eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee";

    private static string Lattice(string account, string type, string id) => EmulatedArns.Lattice(Region, account, type, id);

    private static string OwnerService(int i) => $"svc-0a00000000000000{i}";
    private static string OwnerAssociation(int i) => $"snsa-0a00000000000000{i}";

    /// <summary>
    /// The owner: five services (three pages of two), all in its network, the first with an auth policy, a resource
    /// policy and an access-log subscription. The member: its own service placed in a network an outsider shares with it,
    /// and the outsider's service shared in.
    /// </summary>
    private static EmulatedWorld World()
    {
        var world = new EmulatedWorld("o-services01", Owner, "r-sv01");
        world.AllRegions.AddRange([Region, FieldReportIds.Tokyo]);
        var owner = world.AddAccount(Owner, "owner").Region(Region);
        var memberAccount = world.AddAccount(Member, "member");
        memberAccount.RoleNames.Add(FieldReportIds.RoleName);
        var member = memberAccount.Region(Region);
        var outsiderAccount = world.AddAccount(Outsider, "outsider");
        outsiderAccount.InOrganization = false;
        outsiderAccount.ParentId = null;
        var outsider = outsiderAccount.Region(Region);

        var network = Lattice(Owner, "servicenetwork", OwnerNetwork);
        owner.ServiceNetworks.Add(new EmulatedServiceNetwork(OwnerNetwork, "apps", "AWS_IAM"));
        for (var i = 1; i <= 5; i++)
        {
            owner.Services.Add(new EmulatedService(OwnerService(i), $"api-{i}", i % 2 == 0 ? "AWS_IAM" : "NONE")
            {
                AuthPolicy = i == 1 ? """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"vpc-lattice-svcs:Invoke","Resource":"*"}]}""" : null,
                ResourcePolicy = i == 1 ? """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"222222222222"},"Action":"vpc-lattice:CreateServiceNetworkServiceAssociation","Resource":"*"}]}""" : null,
            });
            owner.ServiceAssociations.Add(new EmulatedServiceAssociation(OwnerAssociation(i), network, Lattice(Owner, "service", OwnerService(i))));
        }
        owner.AccessLogs.Add(new EmulatedAccessLog("als-0a000000000000001", Lattice(Owner, "service", OwnerService(1)), "arn:aws:s3:::owner-logs"));

        var outsiderNetwork = Lattice(Outsider, "servicenetwork", OutsiderNetwork);
        var outsiderService = Lattice(Outsider, "service", OutsiderService);
        outsider.ServiceNetworks.Add(new EmulatedServiceNetwork(OutsiderNetwork, "partner", "NONE"));
        outsider.Services.Add(new EmulatedService(OutsiderService, "partner-api", "NONE") { AuthPolicy = """{"Statement":[]}""" });
        outsider.AccessLogs.Add(new EmulatedAccessLog("als-0e000000000000001", outsiderService, "arn:aws:s3:::partner-logs"));
        outsider.Shares.Add(new EmulatedShare(OutsiderShare, "partner", true, [outsiderNetwork, outsiderService], [Member]));

        member.Services.Add(new EmulatedService(MemberService, "member-api", "AWS_IAM"));
        member.ServiceAssociations.Add(new EmulatedServiceAssociation(MemberInOutsiderNetwork, outsiderNetwork, Lattice(Member, "service", MemberService)));
        return world;
    }

    private static async Task<(AwsCollectionResult Result, InventoryGraph Graph)> ScanAsync(FakeAwsServer aws, params string[] accounts)
    {
        var result = await ScanRunner.RunAsync(ScanRunner.Options(aws, regions: Region) with { Accounts = accounts });
        return (result, new InventoryGraph(result.Collection.Resources));
    }

    [Fact]
    public async Task CollectAsync_FiveOwnedServicesInPagesOfTwo_EachOnceWithAuthTypeLogsPoliciesAndAssociations()
    {
        await using var aws = await FakeAwsServer.StartAsync(World());

        var (result, graph) = await ScanAsync(aws, Owner);

        Assert.Empty(result.Collection.Diagnostics);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => Lattice(Owner, "service", OwnerService(i))), KeysOf(result, K.Service));
        Assert.Equal(3, aws.Calls.Count(c => c.Operation == "ListServices"));
        Assert.Equal(["NONE", "AWS_IAM", "NONE", "AWS_IAM", "NONE"],
            Enumerable.Range(1, 5).Select(i => Get(graph, Lattice(Owner, "service", OwnerService(i))).Properties.GetString("authType")));
        Assert.Equal(Enumerable.Range(1, 5).Select(i => Lattice(Owner, "servicenetworkserviceassociation", OwnerAssociation(i))),
            KeysOf(result, K.ServiceNetworkServiceAssociation));
        Assert.Equal(Edges(0, Enumerable.Range(1, 5).Select(i => Lattice(Owner, "servicenetworkserviceassociation", OwnerAssociation(i))).ToArray()),
            Follow(graph, Lattice(Owner, "servicenetwork", OwnerNetwork), "serviceAssociations"));

        var first = Lattice(Owner, "service", OwnerService(1));
        Assert.Equal(Edges(0, Lattice(Owner, "accesslogsubscription", "als-0a000000000000001")), Follow(graph, first, "accessLogSubscriptions"));
        Assert.Equal(Edges(0, first + "/authpolicy"), Follow(graph, first, "authPolicies"));
        Assert.Equal(Edges(0, first + "/resourcepolicy"), Follow(graph, first, "resourcePolicies"));
        Assert.Equal("Inactive", Get(graph, first + "/authpolicy").Properties.GetString("state"));
        var second = Lattice(Owner, "service", OwnerService(2));
        Assert.Equal(Edges(0), Follow(graph, second, "accessLogSubscriptions"));
        Assert.Equal(Edges(0), Follow(graph, second, "authPolicies"));
        Assert.Equal(Edges(0, Lattice(Owner, "servicenetworkserviceassociation", OwnerAssociation(2))), Follow(graph, second, "serviceNetworkAssociations"));
        // Every service read in detail once, by id (its own).
        Assert.Equal(5, aws.Exchanges.Count(x => x.Call.Operation == "GetService" && !x.RawPath.Contains("arn%3A", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task CollectAsync_ServiceSharedInFromOutside_ReadByArnAndOwnerOnlyRelationsUnknown()
    {
        await using var aws = await FakeAwsServer.StartAsync(World());

        var (result, graph) = await ScanAsync(aws, Member);

        Assert.Equal([], result.Collection.Diagnostics.Select(d => d.Message));
        var outsiderService = Lattice(Outsider, "service", OutsiderService);
        var memberService = Lattice(Member, "service", MemberService);
        Assert.Equal([memberService, outsiderService], KeysOf(result, K.Service));

        var shared = Get(graph, outsiderService);
        Assert.Equal((Outsider, "NONE"), (shared.AccountId, shared.Properties.GetString("authType")));
        Assert.Null(shared.Properties.Get("tags"));
        // Owner-only reads were not made for it: its logs, policies and other associations are unknown, not absent.
        Assert.Equal(Edges(1), Follow(graph, outsiderService, "accessLogSubscriptions"));
        Assert.Equal(Edges(1), Follow(graph, outsiderService, "authPolicies"));
        Assert.Equal(Edges(1), Follow(graph, outsiderService, "serviceNetworkAssociations"));
        Assert.Equal(Edges(0, EmulatedArns.Share(Region, Outsider, OutsiderShare)), Follow(graph, outsiderService, "shares"));
        Assert.Single(aws.Exchanges, x => x.Call.Operation == "GetService" && x.RawPath.Contains(Uri.EscapeDataString(outsiderService), StringComparison.Ordinal));
        Assert.DoesNotContain(aws.Exchanges, x => x.Call.Operation is "GetAuthPolicy" or "GetResourcePolicy" or "ListTagsForResource"
                                                  && x.RawPath.Contains(OutsiderService, StringComparison.Ordinal));
        Assert.DoesNotContain(aws.Exchanges, x => x.Call.Operation == "ListAccessLogSubscriptions" && x.RawQuery.Contains(OutsiderService, StringComparison.Ordinal));

        // The member's own service in the outsider's network: one association, the member's, found both by the shared-in
        // network and by the member's own service.
        var association = Lattice(Member, "servicenetworkserviceassociation", MemberInOutsiderNetwork);
        Assert.Equal([association], KeysOf(result, K.ServiceNetworkServiceAssociation));
        Assert.Equal(Edges(0, association), Follow(graph, memberService, "serviceNetworkAssociations"));
        Assert.Equal(Edges(0, Lattice(Outsider, "servicenetwork", OutsiderNetwork)), Follow(graph, association, "serviceNetwork"));
        Assert.Equal(Edges(1, association), Follow(graph, Lattice(Outsider, "servicenetwork", OutsiderNetwork), "serviceAssociations"));
        Assert.Equal(2, aws.Calls.Count(c => c.Operation == "ListServiceNetworkServiceAssociations"));
    }

    [Fact]
    public async Task CollectAsync_GetServiceThrottledBeyondRetries_OneDiagnosticAndTheServiceKeptWithUnknownAuthType()
    {
        await using var aws = await FakeAwsServer.StartAsync(World());
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.Throttle) { AccountId = Owner, Region = Region, Operation = "GetService" });

        var (result, graph) = await ScanAsync(aws, Owner);

        var errors = result.Collection.Diagnostics.Select(d => (d.Code, d.AccountId, d.Region, d.Api)).Distinct().ToList();
        Assert.Equal([("Throttling", Owner, Region, "vpc-lattice:GetService")], errors);
        Assert.Equal(5, result.Collection.Diagnostics.Count);  // one per service that could not be read
        Assert.All(result.Collection.Diagnostics, d => Assert.True(d.MakesScanIncomplete));
        Assert.Equal(5, KeysOf(result, K.Service).Length);
        Assert.All(Enumerable.Range(1, 5), i => Assert.True(Get(graph, Lattice(Owner, "service", OwnerService(i))).Properties.Get("authType")!.IsUnknown));
        // What the other calls read is kept.
        Assert.Equal(5, KeysOf(result, K.ServiceNetworkServiceAssociation).Length);
        Assert.Single(KeysOf(result, K.AuthPolicy));
    }

    [Fact]
    public async Task CollectAsync_OwnerInThePlanButUnreadable_SharedServiceReadInDetailOnceByAConsumer()
    {
        var world = World();
        var member = world.Account(Member)!;
        member.Region(Region).Shares.Add(new EmulatedShare("cccccccc-cccc-4ccc-8ccc-cccccccccccc", "member-api", false,
            [Lattice(Member, "service", MemberService)], [Owner]));
        member.RoleNames.Clear();
        await using var aws = await FakeAwsServer.StartAsync(world);

        var (result, graph) = await ScanAsync(aws);

        Assert.Equal([("AssumeRoleFailed", Member)], result.Collection.Diagnostics.Where(d => d.MakesScanIncomplete).Select(d => (d.Code, d.AccountId!)).Distinct());
        // The owner listed the member's service (thin: the member was planned); once the member proved unreadable, the
        // owner read it in detail by ARN, once.
        var service = Lattice(Member, "service", MemberService);
        Assert.Equal("AWS_IAM", Get(graph, service).Properties.GetString("authType"));
        Assert.Single(aws.Exchanges, x => x.Call.Operation == "GetService" && x.RawPath.Contains(Uri.EscapeDataString(service), StringComparison.Ordinal));
        Assert.Equal(Edges(1), Follow(graph, service, "accessLogSubscriptions"));
    }

    [Fact]
    public async Task CollectAsync_ServiceCallsDenied_EachFailureReportedPerApiAndTheRestCollected()
    {
        await using var aws = await FakeAwsServer.StartAsync(World());
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.AccessDenied) { AccountId = Member, Region = Region, Operation = "ListServices" });
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.AccessDenied) { AccountId = Owner, Region = Region, Operation = "ListServiceNetworkServiceAssociations" });

        var (result, _) = await ScanAsync(aws);

        var errors = result.Collection.Diagnostics.Select(d => (d.Code, d.AccountId, d.Region, d.Api)).Distinct().OrderBy(e => e.ToString()).ToList();
        Assert.Equal([
            ("AccessDenied", Owner, Region, "vpc-lattice:ListServiceNetworkServiceAssociations"),
            ("AccessDenied", Member, Region, "vpc-lattice:ListServices"),
        ], errors);
        Assert.Contains(result.Collection.Diagnostics, d => d.Message.Contains("Grant vpc-lattice:ListServices (needed for owned and shared VPC Lattice services)", StringComparison.Ordinal));
        // The owner's services are still collected; the member, unable to list services, still lists its associations by
        // the network shared in to it and keeps its own.
        Assert.Equal(Enumerable.Range(1, 5).Select(i => Lattice(Owner, "service", OwnerService(i))), KeysOf(result, K.Service));
        Assert.Equal([Lattice(Member, "servicenetworkserviceassociation", MemberInOutsiderNetwork)], KeysOf(result, K.ServiceNetworkServiceAssociation));
    }
}
