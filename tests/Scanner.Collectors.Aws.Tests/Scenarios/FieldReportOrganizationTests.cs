using Scanner.Collectors.Aws.Tests.Support;
using Scanner.Core.Inventory;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using static Scanner.Collectors.Aws.Tests.Support.Keys;
using static Scanner.FakeAws.FieldReportIds;
using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Collectors.Aws.Tests.Scenarios;

public sealed class FieldReportOrganizationTests(FieldReportScanFixture scan) : IClassFixture<FieldReportScanFixture>
{
    private IReadOnlyList<Resource> Resources => scan.Result.Collection.Resources;

    private string[] KeysOf(string kind) => Resources.Where(r => r.Kind == kind).Select(r => r.Key).ToArray();

    private Resource Get(string key) => scan.Graph.Find(key) ?? throw new Xunit.Sdk.XunitException("missing " + key);

    private string[] Follow(string key, string relation) =>
        scan.Graph.Follow(Get(key), relation).Select(e => e.Resource!.Key).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void CollectAsync_FieldReportOrganization_CollectsExactlyTheseResources()
    {
        Assert.Equal([Lattice(Tokyo, Provider, "accesslogsubscription", OrdersAccessLog), Lattice(Tokyo, Provider, "accesslogsubscription", AuroraAccessLog),
                Lattice(Virginia, AppConsumer, "accesslogsubscription", VirginiaNetworkAccessLog)],
            KeysOf(K.AccessLogSubscription));
        Assert.Equal([HelloLambda + "/authpolicy", VirginiaNet + "/authpolicy"], KeysOf(K.AuthPolicy));
        Assert.Equal([Ec2Arn(Tokyo, Provider, "network-interface", RdsInterface)], KeysOf(K.NetworkInterface));
        Assert.Equal([Share(Provider, InsideShare), Share(Provider, OutsideShare), Share(Provider, OrdersShare), Share(AppConsumer, NetworkShare),
                Share(ExternalPartner, ExternalShare)],
            KeysOf(K.ResourceShare));
        Assert.Equal([Config(AuroraConfig), Config(ReportingChild), Config(ReportingGroup), Config(SqlServerConfig), Config(ExternalConfig, ExternalPartner)],
            KeysOf(K.ResourceConfiguration));
        Assert.Equal([Gateway(AuroraGateway), Gateway(SqlServerGateway)], KeysOf(K.ResourceGateway));
        Assert.Equal([Config(SqlServerConfig) + "/resourcepolicy", VirginiaNet + "/resourcepolicy"], KeysOf(K.ResourcePolicy));
        Assert.Equal([Sg(Provider, GatewayOpenSg), Sg(Provider, GatewayTightSg), Sg(AppConsumer, EndpointOpenSg), Sg(AppConsumer, EndpointTightSg),
            Sg(Analytics, AnalyticsAssociationSg), Sg(Analytics, AnalyticsEndpointSg), Sg(AppConsumer, AssociationSg, Virginia)], KeysOf(K.SecurityGroup));
        Assert.Equal([OrdersApi, HelloLambda], KeysOf(K.Service));
        Assert.Equal([TokyoNet, VirginiaNet], KeysOf(K.ServiceNetwork));
        // Both associations are listed by the network owner and by the service owner; each is kept once, under the ARN of
        // the account that created it.
        Assert.Equal([Lattice(Tokyo, Provider, "servicenetworkserviceassociation", OrdersTokyoAssociation),
                Lattice(Tokyo, AppConsumer, "servicenetworkserviceassociation", HelloTokyoAssociation)],
            KeysOf(K.ServiceNetworkServiceAssociation));
        Assert.Equal([TokyoNet + "/vpcendpointassociation/snea-0c2b1000000000000"], KeysOf(K.ServiceNetworkEndpointAssociation));
        Assert.Equal([Lattice(Tokyo, AppConsumer, "servicenetworkresourceassociation", TokyoResourceAssociation)], KeysOf(K.ServiceNetworkResourceAssociation));
        Assert.Equal([Lattice(Tokyo, AppConsumer, "servicenetworkvpcassociation", TokyoVpcAssociation), Lattice(Tokyo, Analytics, "servicenetworkvpcassociation", AnalyticsVpcAssociation),
                Lattice(Virginia, AppConsumer, "servicenetworkvpcassociation", VirginiaVpcAssociation)],
            KeysOf(K.ServiceNetworkVpcAssociation));
        Assert.Equal([Endpoint(AppConsumer, AuroraEndpoint), Endpoint(AppConsumer, SqlServerEndpoint), Endpoint(Analytics, AnalyticsNetworkEndpoint), Endpoint(Analytics, ExternalEndpoint)],
            KeysOf(K.VpcEndpoint));
        Assert.Equal(42, Resources.Count);
        Assert.Empty(scan.Graph.DuplicateKeys);
        Assert.All(Resources, r => Assert.Equal(ResourceOrigin.Aws, r.Origin));
    }

    [Fact]
    public void CollectAsync_ConfigurationSeenOnlyByAConsumer_HasUnknownOwnerOnlyRelations()
    {
        // The partner's configuration is read by the analytics consumer, which may not read its logs or policies.
        var external = scan.Graph.Follow(Get(Config(ExternalConfig, ExternalPartner)), "accessLogSubscriptions");
        Assert.True(Assert.Single(external).IsUnknown);
        Assert.True(Assert.Single(scan.Graph.Follow(Get(Config(ExternalConfig, ExternalPartner)), "resourcePolicies")).IsUnknown);
        // The provider read its own configurations: their logs are known, present or absent.
        Assert.Equal([Lattice(Tokyo, Provider, "accesslogsubscription", AuroraAccessLog)], Follow(Config(AuroraConfig), "accessLogSubscriptions"));
        Assert.Empty(scan.Graph.Follow(Get(Config(SqlServerConfig)), "accessLogSubscriptions"));
    }

    [Fact]
    public void CollectAsync_FieldReportOrganization_NoDiagnosticsAndSuspendedSkipped()
    {
        Assert.Empty(scan.Result.Collection.Diagnostics);
        Assert.Equal([Management, Provider, AppConsumer, Analytics], scan.Result.AccountsScanned);
        Assert.Equal([$"{Suspended}: SUSPENDED"], scan.Result.SkippedAccounts);
        Assert.Equal([Tokyo, Virginia], scan.Result.Regions);
        Assert.DoesNotContain(scan.Aws.Calls, c => c.AccountId is Suspended or ExternalPartner);
        Assert.DoesNotContain(Resources, r => r.Key.Contains(SuspendedConfig, StringComparison.Ordinal));
    }

    [Fact]
    public void CollectAsync_FieldReportOrganization_OrganizationContextFromListAccounts()
    {
        var org = scan.Result.Organization;

        Assert.Equal(OrganizationId, org.OrganizationId);
        Assert.Equal([Management, Provider, AppConsumer, Analytics, Suspended], org.AccountIds.Order());
        Assert.False(org.Contains(ExternalPartner));
        Assert.True(org.Contains(Provider));
    }

    [Fact]
    public void CollectAsync_ProviderConfigurations_KeyPropertiesFromTheOwnerView()
    {
        var aurora = Get(Config(AuroraConfig));
        var range = Assert.Single(aurora.Properties.Get("portRanges")!.Items);
        Assert.Equal((5432d, 5432d), (range.Get("fromPort")!.AsNumber, range.Get("toPort")!.AsNumber));
        Assert.Equal("DNS", aurora.Properties.Get("definition")!.GetString("type"));
        Assert.Equal("TCP", aurora.Properties.GetString("protocol"));
        Assert.True(aurora.Properties.Get("allowAssociationToShareableServiceNetwork")!.AsBoolean);
        Assert.Equal(Provider, aurora.AccountId);
        Assert.Equal("db", aurora.Properties.Get("tags")!.GetString("team"));
        Assert.Equal("logs go to the central bucket", aurora.InlineSuppressions["LS-LOG-001"]);

        var sql = Get(Config(SqlServerConfig));
        Assert.Equal(("IP", SqlServerIp), (sql.Properties.Get("definition")!.GetString("type"), sql.Properties.Get("definition")!.GetString("ipAddress")));
        Assert.Equal("1433", string.Join(",", sql.Properties.Get("portRanges")!.Items.Select(i => i.Get("fromPort")!.ToString())));

        var external = Get(Config(ExternalConfig, ExternalPartner));
        Assert.Equal(ExternalPartner, external.AccountId);
        Assert.Null(external.Properties.Get("tags"));
    }

    [Fact]
    public void CollectAsync_SecurityGroups_RulesNormalisedOnePerPeer()
    {
        var open = Get(Sg(Provider, GatewayOpenSg)).Properties.Get("ingress")!.Items;
        Assert.Equal([("tcp", 1433d, 1433d, "0.0.0.0/0", null), ("tcp", 1433d, 1433d, null, "::/0")],
            open.Select(r => (r.GetString("protocol"), r.Get("fromPort")!.AsNumber, r.Get("toPort")!.AsNumber, r.GetString("cidrIpv4"), r.GetString("cidrIpv6"))));
        Assert.Empty(Get(Sg(Provider, GatewayTightSg)).Properties.Get("ingress")!.Items);

        var endpointOpen = Get(Sg(AppConsumer, EndpointOpenSg)).Properties.Get("ingress")!.Items;
        Assert.Equal(("all", 0d, 65535d, "0.0.0.0/0"), (endpointOpen[0].GetString("protocol"), endpointOpen[0].Get("fromPort")!.AsNumber,
            endpointOpen[0].Get("toPort")!.AsNumber, endpointOpen[0].GetString("cidrIpv4")));
        Assert.True(endpointOpen[1].Get("self")!.AsBoolean);
        Assert.Equal(AppClientSg, Get(Sg(AppConsumer, EndpointTightSg)).Properties.Get("ingress")!.Items.Single().GetString("referencedGroupId"));
    }

    [Fact]
    public void CollectAsync_Shares_PrincipalsKeepRawExternalFlag()
    {
        var outside = Get(Share(Provider, OutsideShare)).Properties;
        Assert.True(outside.Get("allowExternalPrincipals")!.AsBoolean);
        Assert.Equal([(ExternalPartner, "account", true), (AppConsumer, "account", false)],
            outside.Get("principals")!.Items.Select(p => (p.GetString("id"), p.GetString("type"), p.Get("external")!.AsBoolean)));
        Assert.False(outside.Get("sharedWithCaller")!.AsBoolean);

        var inside = Get(Share(Provider, InsideShare)).Properties;
        Assert.Equal("organizationalUnit", inside.Get("principals")!.Items[1].GetString("type"));
        Assert.False(inside.Get("allowExternalPrincipals")!.AsBoolean);

        var fromPartner = Get(Share(ExternalPartner, ExternalShare)).Properties;
        Assert.True(fromPartner.Get("sharedWithCaller")!.AsBoolean);
        Assert.True(fromPartner.Get("permissionArns")!.IsUnknown);
    }

    [Fact]
    public void CollectAsync_Services_AuthTypeLogsPoliciesNetworksAndSharesFromTheOwnerView()
    {
        var orders = Get(OrdersApi);
        Assert.Equal(("orders-api", "NONE", Provider, "ACTIVE"), (orders.Name, orders.Properties.GetString("authType"), orders.AccountId, orders.Properties.GetString("status")));
        Assert.Equal("orders", orders.Properties.Get("tags")!.GetString("team"));
        Assert.Equal([Lattice(Tokyo, Provider, "accesslogsubscription", OrdersAccessLog)], Follow(OrdersApi, "accessLogSubscriptions"));
        Assert.Empty(scan.Graph.Follow(orders, "authPolicies"));
        Assert.Empty(scan.Graph.Follow(orders, "resourcePolicies"));
        Assert.Equal([Share(Provider, OrdersShare)], Follow(OrdersApi, "shares"));
        Assert.Equal([Lattice(Tokyo, Provider, "servicenetworkserviceassociation", OrdersTokyoAssociation)], Follow(OrdersApi, "serviceNetworkAssociations"));
        Assert.Equal([TokyoNet], Follow(Lattice(Tokyo, Provider, "servicenetworkserviceassociation", OrdersTokyoAssociation), "serviceNetwork"));
        Assert.Equal((TokyoNet, OrdersApi), (Get(Lattice(Tokyo, Provider, "servicenetworkserviceassociation", OrdersTokyoAssociation)).Properties.GetString("serviceNetworkId"),
            Get(Lattice(Tokyo, Provider, "servicenetworkserviceassociation", OrdersTokyoAssociation)).Properties.GetString("serviceId")));

        var hello = Get(HelloLambda);
        Assert.Equal("AWS_IAM", hello.Properties.GetString("authType"));
        Assert.Empty(scan.Graph.Follow(hello, "accessLogSubscriptions"));
        Assert.Equal([HelloLambda + "/authpolicy"], Follow(HelloLambda, "authPolicies"));
        Assert.False(Get(HelloLambda + "/authpolicy").Properties.Get("policy")!.Get("statements")!.Items.Single().Get("hasOrganizationCondition")!.AsBoolean);
        Assert.Equal([Lattice(Tokyo, Provider, "servicenetworkserviceassociation", OrdersTokyoAssociation),
                Lattice(Tokyo, AppConsumer, "servicenetworkserviceassociation", HelloTokyoAssociation)],
            Follow(TokyoNet, "serviceAssociations"));

        // The analytics account sees orders-api shared in; its owner is scanned, so it does not read it in detail again.
        Assert.DoesNotContain(scan.Aws.Calls, c => c.AccountId == Analytics && c.Operation == "GetService");
        Assert.Contains(scan.Aws.Calls, c => c.AccountId == Analytics && c.Operation == "ListServices");
    }

    [Fact]
    public void CollectAsync_ServiceNetworksAndAssociations_AuthAndGroups()
    {
        Assert.Equal("NONE", Get(TokyoNet).Properties.GetString("authType"));
        Assert.True(Get(TokyoNet).Properties.Get("sharingEnabled")!.AsBoolean);
        Assert.Equal("AWS_IAM", Get(VirginiaNet).Properties.GetString("authType"));
        var statement = Get(VirginiaNet + "/authpolicy").Properties.Get("policy")!.Get("statements")!.Items.Single();
        Assert.True(statement.Get("hasOrganizationCondition")!.AsBoolean);
        Assert.Empty(Get(Lattice(Tokyo, AppConsumer, "servicenetworkvpcassociation", TokyoVpcAssociation)).Properties.Get("securityGroupIds")!.Items);
        Assert.Equal("logs", Get(Lattice(Virginia, AppConsumer, "accesslogsubscription", VirginiaNetworkAccessLog)).Properties.GetString("destinationType"));
        Assert.Equal("amazon-rds", Get(Ec2Arn(Tokyo, Provider, "network-interface", RdsInterface)).Properties.GetString("requesterId"));
    }

    [Fact]
    public void CollectAsync_ConsumerVpcAssociationToSharedInNetwork_OwnedByTheConsumerWithItsGroups()
    {
        // The analytics account joined its VPC to the Tokyo network shared in from the app consumer. Both accounts list
        // the association (each under its own account's ARN); it is the analytics account's, once, with its groups.
        var key = Lattice(Tokyo, Analytics, "servicenetworkvpcassociation", AnalyticsVpcAssociation);
        var association = Get(key);

        Assert.Equal(Analytics, association.AccountId);
        Assert.Equal(AnalyticsVpc, association.Properties.GetString("vpcId"));
        Assert.Equal([AnalyticsAssociationSg], association.Properties.Get("securityGroupIds")!.Items.Select(i => i.AsString));
        Assert.Equal([Sg(Analytics, AnalyticsAssociationSg)], Follow(key, "securityGroups"));
        Assert.Equal([TokyoNet], Follow(key, "serviceNetwork"));
        Assert.Equal([Lattice(Tokyo, AppConsumer, "servicenetworkvpcassociation", TokyoVpcAssociation), key], Follow(TokyoNet, "vpcAssociations"));
        Assert.DoesNotContain(Resources, r => r.Key.EndsWith(AnalyticsVpcAssociation, StringComparison.Ordinal) && r.Key != key);
        // Found from the consumer's side by VPC, and from the owner's side by network; read in detail by its owner only.
        Assert.Contains(scan.Aws.Exchanges, x => x.Call is { AccountId: Analytics, Operation: "ListServiceNetworkVpcAssociations" }
            && x.RawQuery.Contains("vpcIdentifier=" + AnalyticsVpc, StringComparison.Ordinal));
        Assert.Contains(scan.Aws.Exchanges, x => x.Call is { AccountId: AppConsumer, Operation: "ListServiceNetworkVpcAssociations" }
            && x.RawQuery.Contains("serviceNetworkIdentifier=", StringComparison.Ordinal) && x.RawQuery.Contains(TokyoNetwork, StringComparison.Ordinal));
        Assert.Equal([Analytics], scan.Aws.Exchanges.Where(x => x.Call.Operation == "GetServiceNetworkVpcAssociation" && x.RawPath.Contains(AnalyticsVpcAssociation, StringComparison.Ordinal))
            .Select(x => x.Call.AccountId).Distinct());
        // Every list of VPC associations carried a filter, and none was rejected.
        Assert.All(scan.Aws.Exchanges.Where(x => x.Call.Operation == "ListServiceNetworkVpcAssociations"), x =>
        {
            Assert.True(x.RawQuery.Contains("serviceNetworkIdentifier=", StringComparison.Ordinal) || x.RawQuery.Contains("vpcIdentifier=", StringComparison.Ordinal), x.RawQuery);
            Assert.Equal(200, x.Call.StatusCode);
        });
    }

    [Fact]
    public void CollectAsync_Edges_ResolveThroughInventoryGraph()
    {
        Assert.Equal([Gateway(AuroraGateway)], Follow(Config(AuroraConfig), "gateway"));
        Assert.Equal([Share(Provider, InsideShare)], Follow(Config(AuroraConfig), "shares"));
        Assert.Equal([Endpoint(AppConsumer, AuroraEndpoint)], Follow(Config(AuroraConfig), "endpoints"));
        Assert.Equal([Lattice(Tokyo, Provider, "accesslogsubscription", AuroraAccessLog)], Follow(Config(AuroraConfig), "accessLogSubscriptions"));
        Assert.Equal([Lattice(Tokyo, AppConsumer, "servicenetworkresourceassociation", TokyoResourceAssociation)], Follow(Config(AuroraConfig), "serviceNetworkAssociations"));
        Assert.Empty(Follow(Config(SqlServerConfig), "accessLogSubscriptions"));
        Assert.Equal([Ec2Arn(Tokyo, Provider, "network-interface", RdsInterface)], Follow(Config(SqlServerConfig), "targetInterface"));
        Assert.Equal([Config(SqlServerConfig) + "/resourcepolicy"], Follow(Config(SqlServerConfig), "resourcePolicies"));
        Assert.Equal([Config(ReportingGroup)], Follow(Config(ReportingChild), "parent"));
        Assert.Equal([Config(ReportingChild)], Follow(Config(ReportingGroup), "children"));
        Assert.Equal([Sg(Provider, GatewayTightSg)], Follow(Gateway(AuroraGateway), "securityGroups"));
        Assert.Equal([Config(AuroraConfig), Config(ReportingChild), Config(ReportingGroup)], Follow(Gateway(AuroraGateway), "resourceConfigurations"));
        Assert.Equal([Endpoint(Analytics, AnalyticsNetworkEndpoint)], Follow(TokyoNet, "endpoints"));
        Assert.Equal([Share(AppConsumer, NetworkShare)], Follow(TokyoNet, "shares"));
        Assert.Equal([TokyoNet + "/vpcendpointassociation/snea-0c2b1000000000000"], Follow(TokyoNet, "endpointAssociations"));
        Assert.Equal([VirginiaNet + "/authpolicy"], Follow(VirginiaNet, "authPolicies"));
        Assert.Equal([Sg(AppConsumer, AssociationSg, Virginia)], Follow(Lattice(Virginia, AppConsumer, "servicenetworkvpcassociation", VirginiaVpcAssociation), "securityGroups"));
        Assert.Equal([Config(ExternalConfig, ExternalPartner)], Follow(Endpoint(Analytics, ExternalEndpoint), "resourceConfiguration"));
        Assert.Equal([Sg(AppConsumer, EndpointOpenSg)], Follow(Endpoint(AppConsumer, SqlServerEndpoint), "securityGroups"));
    }

    [Fact]
    public void CollectAsync_ConsumerEndpoints_EC2ViewOfTheOwnerReplacesTheProvidersThinView()
    {
        var endpoint = Get(Endpoint(AppConsumer, AuroraEndpoint));

        Assert.Equal([EndpointTightSg], endpoint.Properties.Get("securityGroupIds")!.Items.Select(i => i.AsString));
        Assert.Equal("vpc-0app0000000000001", endpoint.Properties.GetString("vpcId"));
        Assert.Equal(Provider, endpoint.Properties.GetString("resourceConfigurationAccountId"));
    }
}
