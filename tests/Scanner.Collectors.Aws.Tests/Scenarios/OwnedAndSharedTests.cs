using Scanner.Collectors.Aws.Tests.Support;
using Scanner.Core.Inventory;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using Scanner.AwsEmulator.World;
using static Scanner.Collectors.Aws.Tests.Support.CollectedGraph;
using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Collectors.Aws.Tests.Scenarios;

/// <summary>
/// Every kind the collector lists, shared into a scanned consumer from another scanned account (the owner) and from an
/// account outside the organization: each resource appears once, the owner's copy wins where the owner is read, the
/// consumer's relations survive, and what only the owner could read is unknown rather than empty.
/// </summary>
public sealed class OwnedAndSharedTests
{
    private const string Region = "us-east-1";
    private const string Owner = "111111111111";      // management account, scanned with the scanner's own credentials
    private const string Consumer = "222222222222";   // member, scanned through the read-only role
    private const string Outsider = "999999999999";   // outside the organization, never scanned

    private const string OwnerGateway = "rgw-0a000000000000001";
    private const string OwnerConfig = "rcfg-0a000000000000001";
    private const string OwnerNetwork = "sn-0a000000000000001";
    private const string OwnerResourceAssociation = "snra-0a000000000000001";
    private const string OwnerShare = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
    private const string DeletedShare = "dddddddd-dddd-4ddd-8ddd-dddddddddddd";
    private const string OutsiderConfig = "rcfg-0e000000000000001";
    private const string OutsiderNetwork = "sn-0e000000000000001";
    private const string OutsiderResourceAssociation = "snra-0e000000000000001";
    private const string OutsiderShare = "eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee";
    private const string ConsumerNetwork = "sn-0c000000000000001";
    private const string ConsumerResourceAssociation = "snra-0c000000000000001";
    private const string ToOwnerNetwork = "snva-0c000000000000001";
    private const string ToOutsiderNetwork = "snva-0c000000000000002";
    private const string NetworkEndpoint = "vpce-0c100000000000001";
    private const string ConfigEndpoint = "vpce-0c200000000000001";
    private const string OutsiderConfigEndpoint = "vpce-0c300000000000001";
    private const string OwnerService = "svc-0a000000000000001";
    private const string OwnerServiceAssociation = "snsa-0a000000000000001";
    private const string OutsiderService = "svc-0e000000000000001";
    private const string ConsumerService = "svc-0c000000000000001";
    private const string ConsumerServiceAssociation = "snsa-0c000000000000001";

    private static string Lattice(string account, string type, string id) => EmulatedArns.Lattice(Region, account, type, id);
    private static string Ec2(string account, string type, string id) => EmulatedArns.Ec2(Region, account, type, id);
    private static string Share(string account, string id) => EmulatedArns.Share(Region, account, id);

    private static EmulatedWorld World()
    {
        var world = new EmulatedWorld("o-ownedshared", Owner, "r-os01");
        world.AllRegions.AddRange([Region, FieldReportIds.Tokyo]); // the runner's home region is Tokyo
        var owner = world.AddAccount(Owner, "owner").Region(Region);
        var consumerAccount = world.AddAccount(Consumer, "consumer");
        consumerAccount.RoleNames.Add(FieldReportIds.RoleName);
        var consumer = consumerAccount.Region(Region);
        var outsiderAccount = world.AddAccount(Outsider, "outsider");
        outsiderAccount.InOrganization = false;
        outsiderAccount.ParentId = null;
        var outsider = outsiderAccount.Region(Region);

        var ownerConfig = Lattice(Owner, "resourceconfiguration", OwnerConfig);
        var ownerNetwork = Lattice(Owner, "servicenetwork", OwnerNetwork);
        owner.SecurityGroups.Add(new EmulatedSecurityGroup("sg-0a000000000000001", "gateway", "vpc-0a000000000000001"));
        owner.Gateways.Add(new EmulatedGateway(OwnerGateway, "db", "vpc-0a000000000000001", ["subnet-0a000000000000001", "subnet-0a000000000000002"], ["sg-0a000000000000001"]));
        owner.Configurations.Add(new EmulatedConfiguration(OwnerConfig, "db", OwnerGateway, "SINGLE")
        {
            PortRanges = ["5432"], DefinitionType = "DNS", DefinitionValue = "db.internal.example", AllowAssociationToShareableServiceNetwork = true,
        });
        owner.ServiceNetworks.Add(new EmulatedServiceNetwork(OwnerNetwork, "shared-db", "AWS_IAM") { SharingEnabled = true });
        owner.ResourceAssociations.Add(new EmulatedResourceAssociation(OwnerResourceAssociation, ownerNetwork, ownerConfig));
        var ownerService = Lattice(Owner, "service", OwnerService);
        owner.Services.Add(new EmulatedService(OwnerService, "orders", "AWS_IAM"));
        owner.ServiceAssociations.Add(new EmulatedServiceAssociation(OwnerServiceAssociation, ownerNetwork, ownerService));
        owner.AccessLogs.Add(new EmulatedAccessLog("als-0a000000000000001", ownerService, "arn:aws:s3:::owner-logs"));
        owner.Shares.Add(new EmulatedShare(OwnerShare, "db-to-consumer", false, [ownerConfig, ownerNetwork, ownerService], [Consumer]));
        owner.Shares.Add(new EmulatedShare(DeletedShare, "old-partner-share", true, [ownerConfig], [Outsider]) { Status = "DELETED" });

        var outsiderConfig = Lattice(Outsider, "resourceconfiguration", OutsiderConfig);
        var outsiderNetwork = Lattice(Outsider, "servicenetwork", OutsiderNetwork);
        outsider.Configurations.Add(new EmulatedConfiguration(OutsiderConfig, "partner-api", null, "SINGLE")
        {
            PortRanges = ["443"], DefinitionType = "DNS", DefinitionValue = "api.partner.example",
        });
        outsider.ServiceNetworks.Add(new EmulatedServiceNetwork(OutsiderNetwork, "partner", "NONE") { SharingEnabled = true });
        outsider.ResourceAssociations.Add(new EmulatedResourceAssociation(OutsiderResourceAssociation, outsiderNetwork, outsiderConfig));
        var outsiderService = Lattice(Outsider, "service", OutsiderService);
        outsider.Services.Add(new EmulatedService(OutsiderService, "partner-api", "NONE"));
        outsider.Shares.Add(new EmulatedShare(OutsiderShare, "partner-to-consumer", true, [outsiderConfig, outsiderNetwork, outsiderService], [Consumer]));

        var consumerNetwork = Lattice(Consumer, "servicenetwork", ConsumerNetwork);
        consumer.SecurityGroups.Add(new EmulatedSecurityGroup("sg-0c000000000000001", "to-owner", "vpc-0c000000000000001")
        {
            Ingress = [new EmulatedPermission("tcp", 5432, 5432) { Cidrs = ["10.0.0.0/16"] }],
        });
        consumer.SecurityGroups.Add(new EmulatedSecurityGroup("sg-0c000000000000002", "to-partner", "vpc-0c000000000000002")
        {
            Ingress = [new EmulatedPermission("tcp", 443, 443) { Cidrs = ["10.1.0.0/16"] }],
        });
        consumer.ServiceNetworks.Add(new EmulatedServiceNetwork(ConsumerNetwork, "local", "AWS_IAM"));
        consumer.Services.Add(new EmulatedService(ConsumerService, "reports", "AWS_IAM"));
        consumer.ServiceAssociations.Add(new EmulatedServiceAssociation(ConsumerServiceAssociation, ownerNetwork, Lattice(Consumer, "service", ConsumerService)));
        consumer.ResourceAssociations.Add(new EmulatedResourceAssociation(ConsumerResourceAssociation, consumerNetwork, ownerConfig));
        consumer.VpcAssociations.Add(new EmulatedVpcAssociation(ToOwnerNetwork, ownerNetwork, "vpc-0c000000000000001", ["sg-0c000000000000001"]));
        consumer.VpcAssociations.Add(new EmulatedVpcAssociation(ToOutsiderNetwork, outsiderNetwork, "vpc-0c000000000000002", ["sg-0c000000000000002"]));
        consumer.VpcEndpoints.Add(new EmulatedVpcEndpoint(NetworkEndpoint, "ServiceNetwork", "vpc-0c000000000000003") { ServiceNetworkArn = ownerNetwork, PrivateDnsEnabled = true });
        consumer.VpcEndpoints.Add(new EmulatedVpcEndpoint(ConfigEndpoint, "Resource", "vpc-0c000000000000003") { ResourceConfigurationArn = ownerConfig, PrivateDnsEnabled = true });
        consumer.VpcEndpoints.Add(new EmulatedVpcEndpoint(OutsiderConfigEndpoint, "Resource", "vpc-0c000000000000003") { ResourceConfigurationArn = outsiderConfig });
        return world;
    }

    private static async Task<(AwsCollectionResult Result, InventoryGraph Graph, FakeAwsServer Aws)> ScanAsync(params string[] accounts)
    {
        var aws = await FakeAwsServer.StartAsync(World());
        var result = await ScanRunner.RunAsync(ScanRunner.Options(aws, regions: Region) with { Accounts = accounts });
        return (result, new InventoryGraph(result.Collection.Resources), aws);
    }

    [Fact]
    public async Task CollectAsync_OwnerAndConsumerScanned_EveryKindOnceWithTheOwnersCopy()
    {
        var (result, graph, aws) = await ScanAsync();
        await using var _ = aws;

        Assert.Equal([], result.Collection.Diagnostics.Select(d => d.Message));
        Assert.Equal([Owner, Consumer], result.AccountsScanned);
        Assert.Empty(graph.DuplicateKeys);
        Assert.DoesNotContain(aws.Calls, c => c.AccountId == Outsider);

        Assert.Equal([Lattice(Owner, "resourcegateway", OwnerGateway)], KeysOf(result, K.ResourceGateway));
        Assert.Equal([Lattice(Owner, "resourceconfiguration", OwnerConfig), Lattice(Outsider, "resourceconfiguration", OutsiderConfig)],
            KeysOf(result, K.ResourceConfiguration));
        Assert.Equal([Lattice(Owner, "servicenetwork", OwnerNetwork), Lattice(Consumer, "servicenetwork", ConsumerNetwork), Lattice(Outsider, "servicenetwork", OutsiderNetwork)],
            KeysOf(result, K.ServiceNetwork));
        // Both VPC associations are the consumer's (it created them), each once: the owner's own copy of the first one
        // (its account in the ARN) merges into it.
        Assert.Equal([Lattice(Consumer, "servicenetworkvpcassociation", ToOwnerNetwork), Lattice(Consumer, "servicenetworkvpcassociation", ToOutsiderNetwork)],
            KeysOf(result, K.ServiceNetworkVpcAssociation));
        // The consumer placed the owner's configuration in its own network: one association, the consumer's, though the
        // configuration's owner lists it too. The outsider's association is visible to nobody scanned.
        Assert.Equal([Lattice(Owner, "servicenetworkresourceassociation", OwnerResourceAssociation), Lattice(Consumer, "servicenetworkresourceassociation", ConsumerResourceAssociation)],
            KeysOf(result, K.ServiceNetworkResourceAssociation));
        Assert.Equal([Lattice(Owner, "servicenetwork", OwnerNetwork) + "/vpcendpointassociation/snea-0c100000000000001"], KeysOf(result, K.ServiceNetworkEndpointAssociation));
        Assert.Equal([Ec2(Consumer, "vpc-endpoint", NetworkEndpoint), Ec2(Consumer, "vpc-endpoint", ConfigEndpoint), Ec2(Consumer, "vpc-endpoint", OutsiderConfigEndpoint)],
            KeysOf(result, K.VpcEndpoint));
        // The deleted share is not in force and is not collected.
        Assert.Equal([Share(Owner, OwnerShare), Share(Outsider, OutsiderShare)], KeysOf(result, K.ResourceShare));
        Assert.Equal([Ec2(Owner, "security-group", "sg-0a000000000000001"), Ec2(Consumer, "security-group", "sg-0c000000000000001"), Ec2(Consumer, "security-group", "sg-0c000000000000002")],
            KeysOf(result, K.SecurityGroup));

        // Services: the owner's and the outsider's (shared in) once each, beside the consumer's own. The consumer placed its
        // service in the owner's network: one association, the consumer's, though the network owner lists it too.
        Assert.Equal([Lattice(Owner, "service", OwnerService), Lattice(Consumer, "service", ConsumerService), Lattice(Outsider, "service", OutsiderService)],
            KeysOf(result, K.Service));
        Assert.Equal([Lattice(Owner, "servicenetworkserviceassociation", OwnerServiceAssociation), Lattice(Consumer, "servicenetworkserviceassociation", ConsumerServiceAssociation)],
            KeysOf(result, K.ServiceNetworkServiceAssociation));
        var ownerService = Get(graph, Lattice(Owner, "service", OwnerService));
        Assert.Equal((Owner, "AWS_IAM"), (ownerService.AccountId, ownerService.Properties.GetString("authType")));
        Assert.Equal(Edges(0, Lattice(Owner, "accesslogsubscription", "als-0a000000000000001")), Follow(graph, ownerService.Key, "accessLogSubscriptions"));
        Assert.Equal(Edges(0, Lattice(Owner, "servicenetworkserviceassociation", OwnerServiceAssociation)), Follow(graph, ownerService.Key, "serviceNetworkAssociations"));
        Assert.Equal(Edges(0, Share(Owner, OwnerShare)), Follow(graph, ownerService.Key, "shares"));
        Assert.Equal(Edges(0, Lattice(Owner, "servicenetworkserviceassociation", OwnerServiceAssociation), Lattice(Consumer, "servicenetworkserviceassociation", ConsumerServiceAssociation)),
            Follow(graph, Lattice(Owner, "servicenetwork", OwnerNetwork), "serviceAssociations"));
        Assert.Equal(Edges(0, Lattice(Owner, "servicenetwork", OwnerNetwork)), Follow(graph, Lattice(Consumer, "servicenetworkserviceassociation", ConsumerServiceAssociation), "serviceNetwork"));
        var outsiderService = Get(graph, Lattice(Outsider, "service", OutsiderService));
        Assert.Equal((Outsider, "NONE"), (outsiderService.AccountId, outsiderService.Properties.GetString("authType")));
        Assert.Equal(Edges(1), Follow(graph, outsiderService.Key, "accessLogSubscriptions"));
        Assert.Equal(Edges(1), Follow(graph, outsiderService.Key, "authPolicies"));
        Assert.Equal(0, aws.Exchanges.Count(x => x.Call.AccountId == Consumer && x.Call.Operation == "GetService" && x.RawPath.Contains(OwnerService, StringComparison.Ordinal)));

        // Owner's copies: full detail and owner-only relations known.
        var config = Get(graph, Lattice(Owner, "resourceconfiguration", OwnerConfig));
        Assert.Equal(Owner, config.AccountId);
        Assert.Equal(5432d, config.Properties.Get("portRanges")!.Items.Single().Get("fromPort")!.AsNumber);
        Assert.DoesNotContain("unknown", Follow(graph, config.Key, "accessLogSubscriptions"));
        Assert.Equal(Edges(0, Ec2(Consumer, "vpc-endpoint", ConfigEndpoint)), Follow(graph, config.Key, "endpoints"));
        Assert.Equal(Edges(0, Lattice(Owner, "servicenetworkresourceassociation", OwnerResourceAssociation), Lattice(Consumer, "servicenetworkresourceassociation", ConsumerResourceAssociation)),
            Follow(graph, config.Key, "serviceNetworkAssociations"));
        var network = Get(graph, Lattice(Owner, "servicenetwork", OwnerNetwork));
        Assert.Equal("AWS_IAM", network.Properties.GetString("authType"));
        Assert.Equal(Edges(0, Lattice(Consumer, "servicenetworkvpcassociation", ToOwnerNetwork)), Follow(graph, network.Key, "vpcAssociations"));
        var share = Get(graph, Share(Owner, OwnerShare)).Properties;
        Assert.False(share.Get("sharedWithCaller")!.AsBoolean);
        Assert.False(share.Get("permissionArns")!.IsUnknown);
        Assert.Equal([Consumer], share.Get("principals")!.Items.Select(p => p.GetString("id")));

        // The consumer's side keeps its relations: its associations and endpoints point at the shared resources.
        var toOwner = Get(graph, Lattice(Consumer, "servicenetworkvpcassociation", ToOwnerNetwork));
        Assert.Equal(Consumer, toOwner.AccountId);
        Assert.Equal(["sg-0c000000000000001"], toOwner.Properties.Get("securityGroupIds")!.Items.Select(i => i.AsString));
        Assert.Equal(Edges(0, Ec2(Consumer, "security-group", "sg-0c000000000000001")), Follow(graph, toOwner.Key, "securityGroups"));
        Assert.Equal(Edges(0, network.Key), Follow(graph, toOwner.Key, "serviceNetwork"));
        Assert.Equal(Edges(0, config.Key), Follow(graph, Ec2(Consumer, "vpc-endpoint", ConfigEndpoint), "resourceConfiguration"));
        Assert.Equal(Edges(0, network.Key), Follow(graph, Ec2(Consumer, "vpc-endpoint", NetworkEndpoint), "serviceNetwork"));
        Assert.Equal("vpc-0c000000000000003", Get(graph, Ec2(Consumer, "vpc-endpoint", ConfigEndpoint)).Properties.GetString("vpcId"));

        // The outsider's resources: read once by the consumer; what only their owner could read is unknown, the
        // consumer's own edges stay.
        var outsiderConfig = Get(graph, Lattice(Outsider, "resourceconfiguration", OutsiderConfig));
        Assert.Equal(Outsider, outsiderConfig.AccountId);
        Assert.Equal(443d, outsiderConfig.Properties.Get("portRanges")!.Items.Single().Get("fromPort")!.AsNumber);
        Assert.EndsWith("+1 unknown", Follow(graph, outsiderConfig.Key, "accessLogSubscriptions"));
        Assert.Equal(Edges(1, Ec2(Consumer, "vpc-endpoint", OutsiderConfigEndpoint)), Follow(graph, outsiderConfig.Key, "endpoints"));
        var outsiderNetwork = Lattice(Outsider, "servicenetwork", OutsiderNetwork);
        Assert.Equal("NONE", Get(graph, outsiderNetwork).Properties.GetString("authType"));
        Assert.Equal(Edges(1, Lattice(Consumer, "servicenetworkvpcassociation", ToOutsiderNetwork)), Follow(graph, outsiderNetwork, "vpcAssociations"));
        Assert.Equal(Edges(1), Follow(graph, outsiderNetwork, "resourceAssociations"));
        Assert.Equal(["sg-0c000000000000002"], Get(graph, Lattice(Consumer, "servicenetworkvpcassociation", ToOutsiderNetwork)).Properties.Get("securityGroupIds")!.Items.Select(i => i.AsString));
        var outsiderShare = Get(graph, Share(Outsider, OutsiderShare)).Properties;
        Assert.True(outsiderShare.Get("sharedWithCaller")!.AsBoolean);
        Assert.True(outsiderShare.Get("permissionArns")!.IsUnknown);
        // A consumer cannot read whom else a share reaches (ListPrincipals OTHER-ACCOUNTS names the sharing accounts).
        Assert.True(outsiderShare.Get("principals")!.IsUnknown);
        Assert.DoesNotContain(aws.Calls, c => c.Operation == "ListPrincipals");

        // A shared item whose owner is scanned is not read in detail again by the consumer.
        Assert.Equal(0, aws.Exchanges.Count(x => x.Call.AccountId == Consumer && x.Call.Operation == "GetResourceConfiguration" && x.RawPath.Contains(OwnerConfig, StringComparison.Ordinal)));
        Assert.Equal(0, aws.Exchanges.Count(x => x.Call.AccountId == Owner && x.Call.Operation == "GetServiceNetworkVpcAssociation"));
    }

    [Fact]
    public async Task CollectAsync_OnlyTheConsumerScanned_SharedResourcesOnceFromTheConsumerView()
    {
        var (result, graph, aws) = await ScanAsync(Consumer);
        await using var _ = aws;

        Assert.Equal([], result.Collection.Diagnostics.Select(d => d.Message));
        Assert.Equal([Consumer], result.AccountsScanned);
        Assert.Empty(graph.DuplicateKeys);

        // The owner is in the organization but not scanned: its shared configuration and network are read in detail by
        // the consumer, once; its gateway (never shared) and its own resource association are not visible.
        Assert.Empty(KeysOf(result, K.ResourceGateway));
        Assert.Equal([Lattice(Owner, "resourceconfiguration", OwnerConfig), Lattice(Outsider, "resourceconfiguration", OutsiderConfig)],
            KeysOf(result, K.ResourceConfiguration));
        Assert.Equal([Lattice(Consumer, "servicenetworkvpcassociation", ToOwnerNetwork), Lattice(Consumer, "servicenetworkvpcassociation", ToOutsiderNetwork)],
            KeysOf(result, K.ServiceNetworkVpcAssociation));
        Assert.Equal([Lattice(Consumer, "servicenetworkresourceassociation", ConsumerResourceAssociation)], KeysOf(result, K.ServiceNetworkResourceAssociation));
        Assert.Empty(KeysOf(result, K.ServiceNetworkEndpointAssociation));
        Assert.Equal([Share(Owner, OwnerShare), Share(Outsider, OutsiderShare)], KeysOf(result, K.ResourceShare));

        var config = Get(graph, Lattice(Owner, "resourceconfiguration", OwnerConfig));
        Assert.Equal(Owner, config.AccountId);
        Assert.Equal(5432d, config.Properties.Get("portRanges")!.Items.Single().Get("fromPort")!.AsNumber);
        Assert.EndsWith("+1 unknown", Follow(graph, config.Key, "resourcePolicies"));
        Assert.Equal(Edges(1, Ec2(Consumer, "vpc-endpoint", ConfigEndpoint)), Follow(graph, config.Key, "endpoints"));
        var network = Lattice(Owner, "servicenetwork", OwnerNetwork);
        Assert.Equal("AWS_IAM", Get(graph, network).Properties.GetString("authType"));
        Assert.Equal(Edges(1, Lattice(Consumer, "servicenetworkvpcassociation", ToOwnerNetwork)), Follow(graph, network, "vpcAssociations"));
        Assert.EndsWith("+1 unknown", Follow(graph, network, "authPolicies"));
        Assert.True(Get(graph, Share(Owner, OwnerShare)).Properties.Get("sharedWithCaller")!.AsBoolean);

        // The owner's service, read in detail by the consumer: auth type known, owner-only relations unknown; the owner's
        // own association with its network is not visible to the consumer, the consumer's association is.
        var service = Lattice(Owner, "service", OwnerService);
        Assert.Equal("AWS_IAM", Get(graph, service).Properties.GetString("authType"));
        Assert.Equal(Edges(1), Follow(graph, service, "accessLogSubscriptions"));
        Assert.Equal(Edges(1), Follow(graph, service, "serviceNetworkAssociations"));
        Assert.Equal([Lattice(Consumer, "servicenetworkserviceassociation", ConsumerServiceAssociation)], KeysOf(result, K.ServiceNetworkServiceAssociation));
        Assert.Equal(Edges(1, Lattice(Consumer, "servicenetworkserviceassociation", ConsumerServiceAssociation)), Follow(graph, network, "serviceAssociations"));
    }
}
