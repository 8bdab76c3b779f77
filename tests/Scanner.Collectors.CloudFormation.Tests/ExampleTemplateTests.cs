using Scanner.Core.Collection;
using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Tests;

/// <summary>The planted problems and clean resources of <c>examples/cloudformation</c> (see its README) as the collector exposes them.</summary>
public class ExampleTemplateTests
{
    private static readonly Lazy<(CollectionResult Provider, CollectionResult Consumer, InventoryGraph Graph)> Examples = new(() =>
    {
        var dir = ExamplesDirectory();
        var collector = new CloudFormationCollector();
        var provider = collector.Collect(Path.Combine(dir, "provider.yaml"));
        var consumer = collector.Collect(Path.Combine(dir, "consumer.yaml"));
        return (provider, consumer, new InventoryGraph(provider.Resources.Concat(consumer.Resources)));
    });

    private static Resource Provider(string id) => Examples.Value.Provider.Single(id);

    [Fact]
    public void Examples_CollectWithoutWarnings()
    {
        Assert.Empty(Examples.Value.Provider.Diagnostics);
        Assert.Empty(Examples.Value.Consumer.Diagnostics);
        Assert.Empty(Examples.Value.Graph.DuplicateKeys);
    }

    [Fact]
    public void GatewaySecurityGroup_AllowsAnyAddressOn1433_Ipv4AndIpv6()
    {
        var gateway = Provider("ResourceGateway");
        var sg = Assert.Single(Examples.Value.Graph.Follow(gateway, "securityGroups")).Resource!;
        Assert.Equal("GatewaySecurityGroup", sg.Address);
        var open = sg.Prop("ingress").Items.Select(r => (r.GetString("cidrIpv4") ?? r.GetString("cidrIpv6"), r.Get("fromPort")!.AsNumber, r.Get("toPort")!.AsNumber)).ToList();
        Assert.Equal([("0.0.0.0/0", 1433.0, 1433.0), ("::/0", 1433.0, 1433.0)], open);
        Assert.True(sg.Prop("rulesComplete").AsBoolean);
    }

    [Fact]
    public void GatewaySecurityGroup_EgressIsLimitedToDatabaseVpc()
    {
        var egress = Provider("GatewaySecurityGroup").Prop("egress").Items;
        Assert.All(egress, r => Assert.Equal(("tcp", "10.10.0.0/16"), (r.GetString("protocol"), r.GetString("cidrIpv4"))));
        Assert.Equal([5432.0, 1433.0], egress.Select(r => r.Get("fromPort")!.AsNumber));
    }

    [Fact]
    public void Gateway_IsInTwoSubnetsAndServesBothConfigurations()
    {
        var gateway = Provider("ResourceGateway");
        Assert.Equal(2, gateway.Prop("subnetIds").Items.Count);
        var served = Examples.Value.Graph.Follow(gateway, "resourceConfigurations").Select(e => e.Resource!.Address).Order();
        Assert.Equal(["AuroraConfiguration", "SqlServerConfiguration"], served);
    }

    [Fact]
    public void DatabaseShare_AllowsExternalByDefaultAndNamesOutsider()
    {
        var share = Provider("DatabaseShare");
        Assert.Null(share.PropertyLocations.GetValueOrDefault("allowExternalPrincipals")); // not written in the template
        Assert.True(share.Prop("allowExternalPrincipals").AsBoolean);
        Assert.Equal(["222222222222", "999999999999"], share.Prop("principals").Items.Select(p => p.GetString("id")));
        Assert.Equal(["AuroraConfiguration", "SqlServerConfiguration"], Examples.Value.Graph.Follow(share, "resources").Select(e => e.Resource!.Address));
    }

    [Fact]
    public void ReportingShare_IsOrganizationOnly()
    {
        var share = Provider("ReportingShare");
        Assert.False(share.Prop("allowExternalPrincipals").AsBoolean);
        Assert.Equal("333333333333", Assert.Single(share.Prop("principals").Items).GetString("id"));
    }

    [Fact]
    public void SqlServerConfiguration_HasNoAccessLogs_AuroraHasOne()
    {
        var graph = Examples.Value.Graph;
        Assert.Empty(graph.Follow(Provider("SqlServerConfiguration"), "accessLogSubscriptions"));
        var logs = Assert.Single(graph.Follow(Provider("AuroraConfiguration"), "accessLogSubscriptions")).Resource!;
        Assert.Equal(("logs", "111111111111"), (logs.Str("destinationType"), logs.Str("destinationAccountId")));
    }

    [Fact]
    public void Configurations_AreDnsTargetsOnOnePort()
    {
        foreach (var (id, port) in new[] { ("AuroraConfiguration", 5432.0), ("SqlServerConfiguration", 1433.0) })
        {
            var c = Provider(id);
            Assert.Equal("DNS", c.Prop("definition").GetString("type"));
            var range = Assert.Single(c.Prop("portRanges").Items);
            Assert.Equal((port, port), (range.Get("fromPort")!.AsNumber, range.Get("toPort")!.AsNumber));
            Assert.False(c.Prop("allowAssociationToShareableServiceNetwork").AsBoolean);
        }
    }

    [Fact]
    public void ConsumerEndpoint_HasGroupDnsAndProviderAccount()
    {
        var endpoint = Examples.Value.Consumer.Single("AuroraEndpoint");
        Assert.Equal(("Resource", "111111111111"), (endpoint.Str("vpcEndpointType"), endpoint.Str("resourceConfigurationAccountId")));
        Assert.Equal("arn:aws:vpc-lattice:ap-northeast-1:111111111111:resourceconfiguration/rcfg-0a1b2c3d4e5f6a7b8", endpoint.Str("resourceConfigurationArn"));
        Assert.True(endpoint.Prop("privateDnsEnabled").AsBoolean);
        var sg = Assert.Single(Examples.Value.Graph.Follow(endpoint, "securityGroups")).Resource!;
        var ingress = Assert.Single(sg.Prop("ingress").Items);
        Assert.Equal(("10.20.0.0/16", 5432.0), (ingress.GetString("cidrIpv4"), ingress.Get("fromPort")!.AsNumber));
    }

    private static string ExamplesDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "examples", "cloudformation");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("examples/cloudformation not found above " + AppContext.BaseDirectory);
    }
}
