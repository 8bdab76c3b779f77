using Scanner.Collectors.Terraform.Tests.Support;
using Scanner.Core.Collection;
using Scanner.Core.Inventory;
using Xunit;
using Scanner.Core.Findings;

namespace Scanner.Collectors.Terraform.Tests;

public sealed class LatticeMappingTests
{
    private static readonly CollectionResult Result = new TerraformPlanCollector().CollectFromText(Fixture.Text("lattice.plan.json"), "l.json");

    private static Value Range(double from, double to) => new MapBuilder().Set("fromPort", from).Set("toPort", to).Build();

    [Fact]
    public void Collect_IpConfigurationWithoutType_DefaultsSingleAndParsesRanges()
    {
        var ip = Result.ByAddress("aws_vpclattice_resource_configuration.ip");
        Assert.Equal(Value.From("SINGLE"), ip.Prop("type"));
        Assert.Equal(new MapBuilder().Set("type", "IP").Set("ipAddress", "10.1.2.3").Build(), ip.Prop("definition"));
        // The fixture's bad entry is kept as an unknown element (one behaviour for every source) and warned about.
        Assert.Equal(Value.List(Range(1024, 65535), Value.Unknown), ip.Prop("portRanges"));
        Assert.Equal(Value.True, ip.Prop("allowAssociationToShareableServiceNetwork"));
        Assert.Equal(["rgw-0123456789abcdef0"], ip.Targets("gateway"));
        Assert.Equal("legacy appliance", ip.InlineSuppressions["LATTICE-RC-004"]);
        var warning = Assert.Single(Result.Diagnostics);
        Assert.Equal((DiagnosticLevel.Warning, "InvalidValue"), (warning.Level, warning.Code));
    }

    [Fact]
    public void Collect_ArnConfiguration_UnknownPortsStayUnknown()
    {
        var rds = Result.ByAddress("aws_vpclattice_resource_configuration.rds");
        Assert.Equal(new MapBuilder().Set("type", "ARN").Set("arn", "arn:aws:rds:eu-west-1:444444444444:db:billing").Build(), rds.Prop("definition"));
        Assert.True(rds.Prop("portRanges").IsUnknown);
        Assert.Equal(Value.False, rds.Prop("allowAssociationToShareableServiceNetwork"));
    }

    [Fact]
    public void Collect_ChildConfiguration_ParentResolvedThroughReference()
    {
        var child = Result.ByAddress("aws_vpclattice_resource_configuration.child");
        Assert.Equal(["l.json#aws_vpclattice_resource_configuration.group"], child.Targets("parent"));
        Assert.True(child.Prop("groupId").IsUnknown);
        Assert.Null(Result.ByAddress("aws_vpclattice_resource_configuration.group").Properties.Get("definition"));
    }

    [Fact]
    public void Collect_WhollyUnknownDefinition_IsUnknownNotAbsent()
    {
        Assert.True(Result.ByAddress("aws_vpclattice_resource_configuration.pending").Prop("definition").IsUnknown);
    }

    [Fact]
    public void Collect_ServiceNetworkAuthType_UnsetComputedIsApiDefaultNone()
    {
        Assert.Equal(Value.From("AWS_IAM"), Result.ByAddress("aws_vpclattice_service_network.iam").Prop("authType"));
        Assert.Equal(Value.From("NONE"), Result.ByAddress("aws_vpclattice_service_network.open").Prop("authType"));
    }

    [Fact]
    public void Collect_AuthPolicy_ParsedOrUnknown()
    {
        var iam = Result.ByAddress("aws_vpclattice_auth_policy.iam");
        var statement = Assert.Single(iam.Prop("policy").Get("statements")!.Items);
        Assert.Equal(Value.True, statement.Get("anyPrincipal"));
        Assert.Equal(Value.True, statement.Get("hasOrganizationCondition"));
        Assert.Equal(["l.json#aws_vpclattice_service_network.iam"], iam.Targets("target"));
        Assert.True(Result.ByAddress("aws_vpclattice_auth_policy.later").Prop("policy").IsUnknown);
        Assert.Equal(["l.json#aws_vpclattice_service_network.iam"], Result.ByAddress("aws_vpclattice_resource_policy.iam").Targets("target"));
    }

    [Fact]
    public void Collect_AccessLogDestinations_TypeAndAccount()
    {
        var logs = Result.ByAddress("aws_vpclattice_access_log_subscription.logs");
        Assert.Equal(Value.From("logs"), logs.Prop("destinationType"));
        Assert.Equal(Value.From("333333333333"), logs.Prop("destinationAccountId"));
        Assert.Equal(["l.json#aws_vpclattice_resource_configuration.rds"], logs.Targets("target"));
        var firehose = Result.ByAddress("aws_vpclattice_access_log_subscription.firehose");
        Assert.Equal(Value.From("firehose"), firehose.Prop("destinationType"));
        Assert.True(firehose.Prop("destinationArn").IsUnknown);
        Assert.True(firehose.Prop("destinationAccountId").IsUnknown);
        Assert.Equal(Value.From("RESOURCE"), firehose.Prop("serviceNetworkLogType"));
    }

    [Fact]
    public void Collect_Associations_ReferenceBothEnds()
    {
        var snra = Result.ByAddress("aws_vpclattice_service_network_resource_association.child");
        Assert.Equal(["l.json#aws_vpclattice_service_network.iam"], snra.Targets("serviceNetwork"));
        Assert.Equal(["l.json#aws_vpclattice_resource_configuration.child"], snra.Targets("resourceConfiguration"));
        var snva = Result.ByAddress("aws_vpclattice_service_network_vpc_association.open");
        Assert.Equal(Value.EmptyList, snva.Prop("securityGroupIds"));
        Assert.Empty(snva.Targets("securityGroups"));
    }

    [Fact]
    public void Collect_VpcEndpoints_TypeDefaultsAndAccounts()
    {
        var sn = Result.ByAddress("aws_vpc_endpoint.sn");
        Assert.Equal(Value.From("ServiceNetwork"), sn.Prop("vpcEndpointType"));
        Assert.Equal(Value.From("999999999999"), sn.Prop("serviceNetworkAccountId"));
        Assert.Equal(Value.False, sn.Prop("privateDnsEnabled"));
        Assert.Equal(["sg-0123456789abcdef0", "sg-0fedcba9876543210"], sn.Targets("securityGroups"));
        Assert.Equal(Value.From("Gateway"), Result.ByAddress("aws_vpc_endpoint.gateway_default").Prop("vpcEndpointType"));
    }

    [Fact]
    public void Collect_Gateway_RegionAttributeWinsOverProvider()
    {
        var gw = Result.ByAddress("aws_vpclattice_resource_gateway.gw");
        Assert.Equal("us-west-2", gw.Region);
        Assert.Equal(Value.From(4), gw.Prop("ipv4AddressesPerEni"));
        Assert.True(gw.Prop("status").IsUnknown);
        Assert.Equal("eu-west-1", Result.ByAddress("aws_vpc_endpoint.sn").Region);
    }

    [Fact]
    public void Collect_EveryProperty_IsInTheSchema()
    {
        foreach (var r in Result.Resources)
        {
            var kind = Scanner.Core.Schema.InventorySchema.Default.Kind(r.Kind)!;
            foreach (var name in r.Properties.Entries.Keys)
                Assert.True(kind.Property(name) is not null || Scanner.Core.Schema.InventorySchema.CommonProperties.Any(c => c.Name == name), $"{r.Kind}.{name}");
            foreach (var reference in r.References)
                Assert.True(kind.Relation(reference.Relation) is not null, $"{r.Kind} -> {reference.Relation}");
        }
    }
}
