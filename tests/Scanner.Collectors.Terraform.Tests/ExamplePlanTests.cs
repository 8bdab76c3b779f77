using Scanner.Collectors.Terraform.Tests.Support;
using Scanner.Core.Aws;
using Scanner.Core.Collection;
using Scanner.Core.Inventory;
using Xunit;

namespace Scanner.Collectors.Terraform.Tests;

/// <summary>The planted problems of examples/terraform (see its README) are visible in the inventory; the clean resources are clean.</summary>
public sealed class ExamplePlanTests
{
    private static readonly string Plan = Fixture.ExamplePath("plan.json");
    private static readonly CollectionResult Result = new TerraformPlanCollector().Collect(Plan);
    private static readonly OrganizationContext Org = new("o-a1b2c3d4e5", ["111111111111", "222222222222", "333333333333"]);

    [Fact]
    public void Collect_Example_ProducesExpectedResourcesWithoutWarnings()
    {
        Assert.Equal(9, Result.Resources.Count);
        Assert.Empty(Result.Diagnostics);
        Assert.All(Result.Resources, r => Assert.EndsWith(".tf", r.Location!.File));
    }

    [Fact]
    public void Collect_Example_GatewaySecurityGroupOpenToInternetOn5432()
    {
        var graph = new InventoryGraph(Result.Resources);
        var gateway = graph.OfKind(ResourceKinds.ResourceGateway).Single();
        var group = Assert.Single(graph.Follow(gateway, "securityGroups")).Resource!;
        var open = Assert.Single(group.Prop("ingress").Items);
        Assert.Equal(Value.From("0.0.0.0/0"), open.Get("cidrIpv4"));
        Assert.Equal(Value.From(5432), open.Get("fromPort"));
    }

    [Fact]
    public void Collect_Example_OneSharePrincipalOutsideOrganization()
    {
        var outside = Result.Resources.Where(r => r.Kind == ResourceKinds.ResourceShare)
            .SelectMany(s => s.Prop("principals").Items.Select(p => (Share: s.Address, Id: p.GetString("id")!)))
            .Where(p => Org.Contains(p.Id) == false).ToList();
        Assert.Equal([("aws_ram_resource_share.aurora", "999999999999")], outside);
    }

    [Fact]
    public void Collect_Example_OneShareAllowsExternalPrincipals()
    {
        var external = Result.Resources.Where(r => r.Kind == ResourceKinds.ResourceShare && r.Prop("allowExternalPrincipals").Equals(Value.True));
        Assert.Equal(["aws_ram_resource_share.sqlserver"], external.Select(r => r.Address!).ToArray());
    }

    [Fact]
    public void Collect_Example_OnlySqlServerConfigurationLacksAccessLogs()
    {
        var graph = new InventoryGraph(Result.Resources);
        var withoutLogs = graph.OfKind(ResourceKinds.ResourceConfiguration).Where(c => graph.Follow(c, "accessLogSubscriptions").Count == 0);
        Assert.Equal(["module.lattice_provider.aws_vpclattice_resource_configuration.sqlserver"], withoutLogs.Select(r => r.Address!).ToArray());
    }

    [Fact]
    public void Collect_Example_EndpointConsumesSharedAuroraThroughCleanGroup()
    {
        var graph = new InventoryGraph(Result.Resources);
        var endpoint = graph.OfKind(ResourceKinds.VpcEndpoint).Single();
        Assert.Equal("module.lattice_provider.aws_vpclattice_resource_configuration.aurora", Assert.Single(graph.Follow(endpoint, "resourceConfiguration")).Resource!.Address);
        var group = Assert.Single(graph.Follow(endpoint, "securityGroups")).Resource!;
        Assert.Equal(Value.From("10.20.0.0/16"), Assert.Single(group.Prop("ingress").Items).Get("cidrIpv4"));
        Assert.Equal(Value.From("Resource"), endpoint.Prop("vpcEndpointType"));
        Assert.True(endpoint.Prop("resourceConfigurationAccountId").IsUnknown);
    }
}
