using Scanner.AwsEmulator.World;
using Scanner.AwsEmulator;
using static Scanner.FakeAws.FieldReportIds;

namespace Scanner.FakeAws;

/// <summary>Built-in worlds for tests and the CLI's end-to-end runs.</summary>
public static class FakeScenarios
{
    /// <summary>
    /// The organization of the field reports (ids in <see cref="FieldReportIds"/>), regions ap-northeast-1 and us-east-1:
    /// <list type="bullet">
    /// <item>management 100000000001 (the scanner's account, no Lattice resources);</item>
    /// <item>provider 200000000002 (OU Workloads): an Aurora cluster shared by DNS name on 5432 through a two-subnet gateway with a
    /// tight SG and access logs, and an RDS SQL Server shared by IP on 1433 only through a single-subnet gateway whose SG is open to
    /// 0.0.0.0/0 and ::/0, without logs; a GROUP configuration with a CHILD; one share inside the org (the consumer account and the
    /// Workloads OU) and one allowing external principals (the partner 999999999999 and the consumer); a VPC Lattice service
    /// orders-api with auth type NONE (the default), logged, placed in the app consumer's Tokyo network shared in to it, and
    /// shared through RAM with the partner and the analytics account;</item>
    /// <item>app consumer 200000000003 (Workloads): Resource endpoints for both (tight SG referencing the app SG; SG open to the
    /// internet), a Tokyo service network (auth NONE, no logs) holding the Aurora configuration with a VPC association without
    /// SGs, shared to the whole org, with a Lambda-backed Lattice service hello-lambda placed in it (AWS_IAM, an auth policy
    /// allowing any principal, no access logs); a Virginia network (AWS_IAM, org-conditioned auth policy, resource policy, logs) with an
    /// association with an SG;</item>
    /// <item>analytics 200000000004 (Sandbox): a ServiceNetwork endpoint to the Tokyo network, a Resource endpoint to a
    /// configuration owned by the partner outside the org, and a VPC of its own associated with the Tokyo network shared in
    /// from the app consumer, whose security group admits all TCP from 0.0.0.0/0 (the association is the analytics
    /// account's; the network owner sees its own copy of it);</item>
    /// <item>suspended 200000000005 (Sandbox, SUSPENDED) with a configuration that must never be collected;</item>
    /// <item>partner 999999999999 outside the org, owning the external configuration.</item>
    /// </list>
    /// Every member but the partner has the role <see cref="FieldReportIds.RoleName"/>.
    /// </summary>
    public static EmulatedWorld FieldReportOrganization()
    {
        var world = new EmulatedWorld(OrganizationId, Management, RootId);
        world.AllRegions.AddRange([Tokyo, Virginia, "eu-central-1"]);
        world.OrganizationalUnits.Add(new EmulatedOrganizationalUnit(WorkloadsOu, "Workloads", RootId));
        world.OrganizationalUnits.Add(new EmulatedOrganizationalUnit(SandboxOu, "Sandbox", RootId));
        var mgmt = world.AddAccount(Management, "management", RootId, Tokyo, Virginia);
        var provider = world.AddAccount(Provider, "db-provider", WorkloadsOu, Tokyo, Virginia);
        var consumer = world.AddAccount(AppConsumer, "app-consumer", WorkloadsOu, Tokyo, Virginia);
        var analytics = world.AddAccount(Analytics, "analytics", SandboxOu, Tokyo, Virginia);
        var suspended = world.AddAccount(Suspended, "legacy", SandboxOu, Tokyo, Virginia);
        suspended.Status = "SUSPENDED";
        var partner = world.AddAccount(ExternalPartner, "partner", null, Tokyo, Virginia);
        partner.InOrganization = false;
        partner.ParentId = null;
        foreach (var a in new[] { mgmt, provider, consumer, analytics, suspended }) a.RoleNames.Add(RoleName);

        Provider_(world, provider.Region(Tokyo));
        Consumer(consumer.Region(Tokyo), consumer.Region(Virginia), world);
        Analytics_(analytics.Region(Tokyo), world);
        suspended.Region(Tokyo).Configurations.Add(new EmulatedConfiguration(SuspendedConfig, "legacy-db", null, "ARN")
        {
            PortRanges = ["3306"], DefinitionType = "ARN", DefinitionValue = $"arn:aws:rds:{Tokyo}:{Suspended}:db:legacy",
        });
        var external = partner.Region(Tokyo);
        external.Configurations.Add(new EmulatedConfiguration(ExternalConfig, "partner-api", null, "SINGLE")
        {
            PortRanges = ["443"], DefinitionType = "DNS", DefinitionValue = "api.partner.example",
        });
        external.Shares.Add(new EmulatedShare(ExternalShare, "partner-to-analytics", true, [external.LatticeArn("resourceconfiguration", ExternalConfig)], [Analytics]));
        return world;
    }

    private static void Provider_(EmulatedWorld world, EmulatedRegion r)
    {
        r.SecurityGroups.Add(new EmulatedSecurityGroup(GatewayTightSg, "aurora-gateway", "vpc-0prov000000000001") { Description = "gateway: no inbound" });
        r.SecurityGroups.Add(new EmulatedSecurityGroup(GatewayOpenSg, "sqlserver-gateway", "vpc-0prov000000000001")
        {
            Description = "opened because unsure",
            Ingress = [new EmulatedPermission("tcp", 1433, 1433) { Cidrs = ["0.0.0.0/0"], Ipv6Cidrs = ["::/0"], Description = "consumer" }],
        });
        r.Gateways.Add(new EmulatedGateway(AuroraGateway, "aurora-gateway", "vpc-0prov000000000001", ["subnet-0prov0000000000a", "subnet-0prov0000000000c"], [GatewayTightSg]));
        r.Gateways.Add(new EmulatedGateway(SqlServerGateway, "sqlserver-gateway", "vpc-0prov000000000001", ["subnet-0prov0000000000a"], [GatewayOpenSg]));
        r.Configurations.Add(new EmulatedConfiguration(AuroraConfig, "aurora-prod", AuroraGateway, "SINGLE")
        {
            PortRanges = ["5432"], DefinitionType = "DNS", DefinitionValue = "prod.cluster-abc123.ap-northeast-1.rds.amazonaws.com",
            AllowAssociationToShareableServiceNetwork = true,
        });
        r.Configurations.Add(new EmulatedConfiguration(SqlServerConfig, "sqlserver-prod", SqlServerGateway, "SINGLE")
        {
            PortRanges = ["1433"], DefinitionType = "IP", DefinitionValue = SqlServerIp,
            ResourcePolicy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"vpc-lattice:*","Resource":"*"}]}""",
        });
        r.Configurations.Add(new EmulatedConfiguration(ReportingGroup, "reporting", AuroraGateway, "GROUP") { });
        r.Configurations.Add(new EmulatedConfiguration(ReportingChild, "reporting-replica", AuroraGateway, "CHILD")
        {
            GroupId = ReportingGroup, PortRanges = ["1024-65535"], DefinitionType = "DNS", DefinitionValue = "replica.reporting.internal",
        });
        r.NetworkInterfaces.Add(new EmulatedNetworkInterface(RdsInterface, "vpc-0prov000000000001", "subnet-0prov0000000000a", [SqlServerIp])
        {
            RequesterId = "amazon-rds", RequesterManaged = true, Description = "RDSNetworkInterface",
        });
        r.AccessLogs.Add(new EmulatedAccessLog(AuroraAccessLog, r.LatticeArn("resourceconfiguration", AuroraConfig), "arn:aws:s3:::provider-lattice-logs"));
        r.Tags[r.LatticeArn("resourceconfiguration", AuroraConfig)] = new() { ["team"] = "db", ["latticescan:skip:LS-LOG-001"] = "logs go to the central bucket" };
        r.Shares.Add(new EmulatedShare(InsideShare, "aurora-to-apps", false, [r.LatticeArn("resourceconfiguration", AuroraConfig)],
            [AppConsumer, world.OuArn(WorkloadsOu)]));
        r.Shares.Add(new EmulatedShare(OutsideShare, "sqlserver-to-partner", true, [r.LatticeArn("resourceconfiguration", SqlServerConfig)],
            [ExternalPartner, AppConsumer]));

        // A service left at the default auth type NONE, reachable by the partner through its own share.
        var orders = r.LatticeArn("service", OrdersService);
        r.Services.Add(new EmulatedService(OrdersService, "orders-api", "NONE"));
        r.ServiceAssociations.Add(new EmulatedServiceAssociation(OrdersTokyoAssociation, EmulatedArns.Lattice(Tokyo, AppConsumer, "servicenetwork", TokyoNetwork), orders));
        r.AccessLogs.Add(new EmulatedAccessLog(OrdersAccessLog, orders, "arn:aws:s3:::provider-lattice-logs"));
        r.Tags[orders] = new() { ["team"] = "orders" };
        r.Shares.Add(new EmulatedShare(OrdersShare, "orders-api-to-partner", true, [orders], [ExternalPartner, Analytics]));
    }

    private static void Consumer(EmulatedRegion tokyo, EmulatedRegion virginia, EmulatedWorld world)
    {
        var aurora = EmulatedArns.Lattice(Tokyo, Provider, "resourceconfiguration", AuroraConfig);
        var sqlServer = EmulatedArns.Lattice(Tokyo, Provider, "resourceconfiguration", SqlServerConfig);
        tokyo.SecurityGroups.Add(new EmulatedSecurityGroup(AppClientSg, "app", "vpc-0app0000000000001"));
        tokyo.SecurityGroups.Add(new EmulatedSecurityGroup(EndpointTightSg, "aurora-endpoint", "vpc-0app0000000000001")
        {
            Ingress = [new EmulatedPermission("tcp", 5432, 5432) { Groups = [(AppClientSg, AppConsumer)] }],
            Egress = [],
        });
        tokyo.SecurityGroups.Add(new EmulatedSecurityGroup(EndpointOpenSg, "sqlserver-endpoint", "vpc-0app0000000000001")
        {
            Ingress = [new EmulatedPermission("-1", null, null) { Cidrs = ["0.0.0.0/0"] }, new EmulatedPermission("tcp", 1433, 1433) { Groups = [(EndpointOpenSg, AppConsumer)] }],
        });
        tokyo.VpcEndpoints.Add(new EmulatedVpcEndpoint(AuroraEndpoint, "Resource", "vpc-0app0000000000001")
        {
            SubnetIds = ["subnet-0app00000000000a"], SecurityGroupIds = [EndpointTightSg], ResourceConfigurationArn = aurora, PrivateDnsEnabled = true,
        });
        tokyo.VpcEndpoints.Add(new EmulatedVpcEndpoint(SqlServerEndpoint, "Resource", "vpc-0app0000000000001")
        {
            SubnetIds = ["subnet-0app00000000000a"], SecurityGroupIds = [EndpointOpenSg], ResourceConfigurationArn = sqlServer,
        });
        var tokyoNet = tokyo.LatticeArn("servicenetwork", TokyoNetwork);
        tokyo.ServiceNetworks.Add(new EmulatedServiceNetwork(TokyoNetwork, "apps-tokyo", "NONE") { SharingEnabled = true });
        tokyo.ResourceAssociations.Add(new EmulatedResourceAssociation(TokyoResourceAssociation, tokyoNet, aurora));
        tokyo.VpcAssociations.Add(new EmulatedVpcAssociation(TokyoVpcAssociation, tokyoNet, "vpc-0app0000000000002", []));
        tokyo.Shares.Add(new EmulatedShare(NetworkShare, "apps-network-to-org", false, [tokyoNet], [world.OrganizationArn]));
        // The field report's Lattice service: a Lambda target behind the same network as the Aurora configuration.
        tokyo.Services.Add(new EmulatedService(HelloService, "hello-lambda", "AWS_IAM")
        {
            AuthPolicy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"vpc-lattice-svcs:Invoke","Resource":"*"}]}""",
        });
        tokyo.ServiceAssociations.Add(new EmulatedServiceAssociation(HelloTokyoAssociation, tokyoNet, tokyo.LatticeArn("service", HelloService)));

        virginia.SecurityGroups.Add(new EmulatedSecurityGroup(AssociationSg, "association", "vpc-0app0000000000009")
        {
            Ingress = [new EmulatedPermission("tcp", 443, 443) { Cidrs = ["10.0.0.0/8"] }],
        });
        var virginiaNet = virginia.LatticeArn("servicenetwork", VirginiaNetwork);
        virginia.ServiceNetworks.Add(new EmulatedServiceNetwork(VirginiaNetwork, "apps-virginia", "AWS_IAM")
        {
            AuthPolicy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"vpc-lattice-svcs:Invoke","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"ORG"}}}]}""".Replace("ORG", OrganizationId, StringComparison.Ordinal),
            ResourcePolicy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"ACCOUNT"},"Action":"vpc-lattice:CreateServiceNetworkVpcAssociation","Resource":"*"}]}""".Replace("ACCOUNT", Analytics, StringComparison.Ordinal),
        });
        virginia.VpcAssociations.Add(new EmulatedVpcAssociation(VirginiaVpcAssociation, virginiaNet, "vpc-0app0000000000009", [AssociationSg]));
        virginia.AccessLogs.Add(new EmulatedAccessLog(VirginiaNetworkAccessLog, virginiaNet, $"arn:aws:logs:{Virginia}:{Management}:log-group:/lattice/apps")
        {
            ServiceNetworkLogType = "RESOURCE",
        });
    }

    private static void Analytics_(EmulatedRegion r, EmulatedWorld world)
    {
        r.SecurityGroups.Add(new EmulatedSecurityGroup(AnalyticsEndpointSg, "analytics-endpoint", "vpc-0ana0000000000001")
        {
            Ingress = [new EmulatedPermission("tcp", 5432, 5432) { Cidrs = ["10.20.0.0/16"] }],
        });
        r.VpcEndpoints.Add(new EmulatedVpcEndpoint(AnalyticsNetworkEndpoint, "ServiceNetwork", "vpc-0ana0000000000001")
        {
            SubnetIds = ["subnet-0ana00000000000a"], SecurityGroupIds = [AnalyticsEndpointSg],
            ServiceNetworkArn = EmulatedArns.Lattice(Tokyo, AppConsumer, "servicenetwork", TokyoNetwork), PrivateDnsEnabled = true,
        });
        r.VpcEndpoints.Add(new EmulatedVpcEndpoint(ExternalEndpoint, "Resource", "vpc-0ana0000000000001")
        {
            SubnetIds = ["subnet-0ana00000000000a"], SecurityGroupIds = [AnalyticsEndpointSg],
            ResourceConfigurationArn = EmulatedArns.Lattice(Tokyo, ExternalPartner, "resourceconfiguration", ExternalConfig),
        });
        r.SecurityGroups.Add(new EmulatedSecurityGroup(AnalyticsAssociationSg, "lattice-association", AnalyticsVpc)
        {
            Description = "opened while debugging",
            Ingress = [new EmulatedPermission("tcp", 0, 65535) { Cidrs = ["0.0.0.0/0"] }],
        });
        r.VpcAssociations.Add(new EmulatedVpcAssociation(AnalyticsVpcAssociation, EmulatedArns.Lattice(Tokyo, AppConsumer, "servicenetwork", TokyoNetwork),
            AnalyticsVpc, [AnalyticsAssociationSg]));
        _ = world;
    }
}
