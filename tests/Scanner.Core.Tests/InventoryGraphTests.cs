using Scanner.Core.Findings;
using Scanner.Core.Inventory;

namespace Scanner.Core.Tests;

public class InventoryGraphTests
{
    private static Resource R(string kind, string key, string? id = null, params ResourceReference[] refs) =>
        new(kind, key, ResourceOrigin.Aws, Value.EmptyMap) { Id = id, References = refs };

    [Fact]
    public void Follow_ResolvesByIdAndArnAndDerivesInverse()
    {
        var gw = R(ResourceKinds.ResourceGateway, "arn:aws:vpc-lattice:us-east-1:111111111111:resourcegateway/rgw-1", "rgw-1");
        var cfg = R(ResourceKinds.ResourceConfiguration, "cfg", null, new ResourceReference("gateway", "arn:aws:vpc-lattice:us-east-1:111111111111:resourcegateway/rgw-1"));
        var cfg2 = R(ResourceKinds.ResourceConfiguration, "cfg2", null, new ResourceReference("gateway", "rgw-1"));
        var graph = new InventoryGraph([cfg, gw, cfg2]);
        Assert.Same(gw, graph.Follow(cfg, "gateway").Single().Resource);
        Assert.Same(gw, graph.Follow(cfg2, "gateway").Single().Resource);
        Assert.Equal(["cfg", "cfg2"], graph.Follow(gw, "resourceConfigurations").Select(e => e.Resource!.Key));
    }

    [Fact]
    public void Follow_SeveralRelationsOfOneResource_EachInTheOrderAddedWithoutRepeats()
    {
        var (sg1, sg2) = (R(ResourceKinds.SecurityGroup, "sg1", "sg-1"), R(ResourceKinds.SecurityGroup, "sg2", "sg-2"));
        var cfg = R(ResourceKinds.ResourceConfiguration, "cfg");
        var net = R(ResourceKinds.ServiceNetwork, "net");
        var endpoint = R(ResourceKinds.VpcEndpoint, "vpce", null,
            new ResourceReference("securityGroups", "sg-2"), new ResourceReference("resourceConfiguration", "cfg"),
            new ResourceReference("securityGroups", "sg1"), new ResourceReference("serviceNetwork", "net"),
            new ResourceReference("securityGroups", "sg-2"), ResourceReference.Unresolvable("securityGroups"));
        var other = R(ResourceKinds.VpcEndpoint, "vpce2", null, new ResourceReference("securityGroups", "sg1"));
        var graph = new InventoryGraph([endpoint, sg1, cfg, sg2, net, other]);

        Assert.Equal(["sg2", "sg1", null], graph.Follow(endpoint, "securityGroups").Select(e => e.Resource?.Key));
        Assert.Same(cfg, Assert.Single(graph.Follow(endpoint, "resourceConfiguration")).Resource);
        Assert.Same(net, Assert.Single(graph.Follow(endpoint, "serviceNetwork")).Resource);
        Assert.Empty(graph.Follow(endpoint, "accessLogSubscriptions"));
        Assert.Empty(graph.Follow(sg2, "securityGroups"));
        Assert.Same(sg1, Assert.Single(graph.Follow(other, "securityGroups")).Resource);
    }

    [Fact]
    public void Follow_ArnOfResourceKnownOnlyById_Resolves()
    {
        var sg = R(ResourceKinds.SecurityGroup, "plan.json#aws_security_group.x", "sg-0abc");
        var gw = R(ResourceKinds.ResourceGateway, "gw", null, new ResourceReference("securityGroups", "arn:aws:ec2:us-east-1:111111111111:security-group/sg-0abc"));
        var graph = new InventoryGraph([sg, gw]);
        Assert.Same(sg, graph.Follow(gw, "securityGroups").Single().Resource);
        Assert.Same(gw, graph.Follow(sg, "gateways").Single().Resource);
    }

    [Fact]
    public void Follow_UnresolvableReference_IsUnknownEdge_AndOutsideTarget_IsNoEdge()
    {
        var gw = R(ResourceKinds.ResourceGateway, "gw", null, ResourceReference.Unresolvable("securityGroups"), new ResourceReference("securityGroups", "sg-elsewhere"));
        var edges = new InventoryGraph([gw]).Follow(gw, "securityGroups");
        Assert.True(Assert.Single(edges).IsUnknown);
    }

    [Fact]
    public void Constructor_DuplicateKeys_KeepsFirstAndReportsKey()
    {
        var a = R(ResourceKinds.ServiceNetwork, "arn:sn", "sn-1");
        var b = R(ResourceKinds.ServiceNetwork, "arn:sn", "sn-1");
        var graph = new InventoryGraph([a, b]);
        Assert.Same(a, Assert.Single(graph.Resources));
        Assert.Equal(["arn:sn"], graph.DuplicateKeys);
    }

    [Fact]
    public void Fingerprint_DependsOnlyOnRuleAndResource()
    {
        Assert.Equal(Fingerprints.For("LATTICE-GW-001", "k"), Fingerprints.For("LATTICE-GW-001", "k"));
        Assert.NotEqual(Fingerprints.For("LATTICE-GW-001", "k"), Fingerprints.For("LATTICE-GW-002", "k"));
        Assert.Equal(32, Fingerprints.For("a", "b").Length);
    }
}
