using Scanner.Collectors.Terraform.Tests.Support;
using Scanner.Core.Collection;
using Scanner.Core.Inventory;
using Xunit;
using Scanner.Core.Findings;

namespace Scanner.Collectors.Terraform.Tests;

public sealed class ModuleResolutionTests
{
    private static readonly string Plan = Fixture.Path("modules", "plan.json");
    private static readonly CollectionResult Result = new TerraformPlanCollector().Collect(Plan);

    [Fact]
    public void Collect_NestedForEachModules_UseFullInstanceAddressesAsKeys()
    {
        var sg = Result.ByAddress("module.net[\"a\"].module.sg.aws_security_group.this");
        Assert.Equal(Plan + "#module.net[\"a\"].module.sg.aws_security_group.this", sg.Key);
        Assert.Equal(ResourceKinds.SecurityGroup, sg.Kind);
        Assert.Equal(ResourceOrigin.Terraform, sg.Origin);
        Assert.Equal("lattice-a", sg.Name);
        Assert.Null(sg.Id);
        Assert.Equal("eu-west-1", sg.Region);
    }

    [Fact]
    public void Collect_ModuleOutputTwoLevelsDown_ResolvesSameModuleInstance()
    {
        var a = Result.ByAddress("module.net[\"a\"].aws_vpclattice_service_network_vpc_association.this");
        var b = Result.ByAddress("module.net[\"b\"].aws_vpclattice_service_network_vpc_association.this");
        Assert.Equal([Plan + "#module.net[\"a\"].module.sg.aws_security_group.this"], a.Targets("securityGroups"));
        Assert.Equal([Plan + "#module.net[\"b\"].module.sg.aws_security_group.this"], b.Targets("securityGroups"));
        Assert.True(a.Prop("securityGroupIds").IsUnknown);
    }

    [Fact]
    public void Collect_ModuleInputReferencingRootResource_ResolvesThroughCallExpression()
    {
        var a = Result.ByAddress("module.net[\"a\"].aws_vpclattice_service_network_vpc_association.this");
        Assert.Equal([Plan + "#aws_vpclattice_service_network.shared"], a.Targets("serviceNetwork"));
        Assert.True(a.Prop("serviceNetworkId").IsUnknown);
        Assert.Equal(Value.From("vpc-0aaaaaaaaaaaaaaa1"), a.Prop("vpcId"));
    }

    [Fact]
    public void Collect_CountReferenceWithDynamicIndex_PrefersSameInstanceKey()
    {
        Assert.Equal([Plan + "#aws_security_group.gw[0]"], Result.ByAddress("aws_vpclattice_resource_gateway.gw[0]").Targets("securityGroups"));
        Assert.Equal([Plan + "#aws_security_group.gw[1]"], Result.ByAddress("aws_vpclattice_resource_gateway.gw[1]").Targets("securityGroups"));
        Assert.Equal(Value.List(Value.Unknown), Result.ByAddress("aws_vpclattice_resource_gateway.gw[1]").Prop("securityGroupIds"));
    }

    [Fact]
    public void Collect_UnknownExplainedByNothing_EmitsUnresolvableEdgeAndWarning()
    {
        var orphan = Result.ByAddress("aws_vpclattice_resource_configuration.orphan");
        Assert.Equal([new ResourceReference("gateway", null)], orphan.References);
        Assert.True(orphan.Prop("resourceGatewayId").IsUnknown);
        var warning = Assert.Single(Result.Diagnostics);
        Assert.Equal(DiagnosticLevel.Warning, warning.Level);
        Assert.Equal("UnresolvedReference", warning.Code);
        Assert.StartsWith("aws_vpclattice_resource_configuration.orphan: resource_gateway_identifier is known only after apply", warning.Message);
    }

    [Fact]
    public void Collect_ResolvedReferences_AllResolveInTheGraph()
    {
        var graph = new InventoryGraph(Result.Resources);
        var association = graph.Find(Plan + "#module.net[\"b\"].aws_vpclattice_service_network_vpc_association.this")!;
        var group = Assert.Single(graph.Follow(association, "securityGroups")).Resource!;
        Assert.Equal("lattice-b", group.Name);
        Assert.Contains(graph.Follow(group, "vpcAssociations"), e => ReferenceEquals(e.Resource, association));
    }
}
