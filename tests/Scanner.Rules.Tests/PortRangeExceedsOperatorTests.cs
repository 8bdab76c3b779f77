using Scanner.Core.Inventory;
using Scanner.Rules.Evaluation;

namespace Scanner.Rules.Tests;

/// <summary>
/// <c>port_range_exceeds</c>: a security-group rule on an endpoint compared with the port ranges of the
/// configuration the endpoint consumes (a path from the subject), through loaded rules so the validator runs.
/// </summary>
public class PortRangeExceedsOperatorTests
{
    private const string Condition = """
        some:
          in: securityGroups
          where:
            path: ingress
            port_range_exceeds: "$.resourceConfiguration.portRanges"
        """;

    private static Value Range(double from, double to) => new MapBuilder().Set("fromPort", from).Set("toPort", to).Build();

    private static Value Rule(double from, double to, string protocol = "tcp") =>
        new MapBuilder().Set("direction", "ingress").Set("protocol", protocol).Set("fromPort", from).Set("toPort", to).Set("cidrIpv4", "10.0.0.0/16").Build();

    private static List<Resource> World(Value ingress, Value? portRanges)
    {
        var group = new Resource(ResourceKinds.SecurityGroup, "sg#1", ResourceOrigin.Aws,
            new MapBuilder().Set("ingress", Value.List(ingress)).Set("egress", Value.EmptyList).Build()) { Id = "sg-1" };
        var endpoint = new Resource(ResourceKinds.VpcEndpoint, "vpce#1", ResourceOrigin.Aws,
            new MapBuilder().Set("vpcEndpointType", "Resource").Build())
        {
            Id = "vpce-1",
            References = [new ResourceReference("securityGroups", "sg-1"), new ResourceReference("resourceConfiguration", "rcfg-1")],
        };
        var resources = new List<Resource> { group, endpoint };
        if (portRanges is not null)
            resources.Add(new Resource(ResourceKinds.ResourceConfiguration, "rcfg#1", ResourceOrigin.Aws,
                new MapBuilder().Set("portRanges", portRanges).Build()) { Id = "rcfg-1" });
        return resources;
    }

    private static (int Findings, int Undecided) Evaluate(List<Resource> resources, string condition = Condition)
    {
        var rule = new RuleLoader().LoadText(RuleText.With("vpc_endpoint", condition), "t.yaml");
        var result = new RuleEngine().Evaluate(new InventoryGraph(resources), [rule], Core.Aws.OrganizationContext.None);
        return (result.Findings.Count, result.Undecided.Count);
    }

    [Fact]
    public void PortRangeExceeds_RuleWiderThanConfiguration_IsTrue() =>
        Assert.Equal((1, 0), Evaluate(World(Rule(0, 65535, "all"), Value.List(Range(5432, 5432)))));

    [Fact]
    public void PortRangeExceeds_RuleEqualToConfiguration_IsFalse() =>
        Assert.Equal((0, 0), Evaluate(World(Rule(5432, 5432), Value.List(Range(5432, 5432)))));

    [Fact]
    public void PortRangeExceeds_RuleCoveredByTheUnionOfAdjacentRanges_IsFalse() =>
        Assert.Equal((0, 0), Evaluate(World(Rule(5432, 5440), Value.List(Range(5432, 5435), Range(5436, 5440)))));

    [Fact]
    public void PortRangeExceeds_RuleSpanningAGapBetweenRanges_IsTrue() =>
        Assert.Equal((1, 0), Evaluate(World(Rule(1433, 5432), Value.List(Range(1433, 1433), Range(5432, 5432)))));

    [Fact]
    public void PortRangeExceeds_OneRangeBeyondTheEnd_IsTrue() =>
        Assert.Equal((1, 0), Evaluate(World(Rule(5432, 5433), Value.List(Range(5432, 5432)))));

    [Fact]
    public void PortRangeExceeds_NoConfigurationInInventory_IsFalse() =>
        Assert.Equal((0, 0), Evaluate(World(Rule(0, 65535, "all"), null)));

    [Fact]
    public void PortRangeExceeds_IcmpTypeCode_IsNotAPortRange() =>
        Assert.Equal((0, 0), Evaluate(World(Rule(-1, -1, "icmp"), Value.List(Range(5432, 5432)))));

    [Fact]
    public void PortRangeExceeds_UnknownConfigurationRange_IsUnknown() =>
        Assert.Equal((0, 1), Evaluate(World(Rule(5432, 5432), Value.List(Value.Unknown))));

    [Fact]
    public void PortRangeExceeds_UnknownRulePort_IsUnknown()
    {
        var rule = new MapBuilder().Set("protocol", "tcp").Set("fromPort", Value.Unknown).Set("toPort", Value.Unknown).Build();
        Assert.Equal((0, 1), Evaluate(World(rule, Value.List(Range(5432, 5432)))));
    }

    [Theory]
    [InlineData("port_range_exceeds: resourceConfiguration.portRanges", "'$.")]      // not from the subject
    [InlineData("port_range_exceeds: \"$.resourceConfiguration.portRange\"", "portRange")] // misspelt
    [InlineData("port_range_exceeds: \"$.resourceConfiguration.protocol\"", "not port ranges")]
    [InlineData("port_range_exceeds: 5432", "'$.")]
    public void PortRangeExceeds_BadArgument_FailsWhenTheRuleLoads(string op, string expected)
    {
        var text = RuleText.With("vpc_endpoint", $"path: securityGroups.ingress\n{op}");
        var e = Assert.ThrowsAny<Exception>(() => new RuleLoader().LoadText(text, "t.yaml"));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void PortRangeExceeds_PathNotValidForTheSubjectKind_StopsTheEvaluation()
    {
        // resourceConfiguration is a relation of vpc_endpoint, not of security_group: loads (valid for some kind), fails loudly when run.
        var rule = new RuleLoader().LoadText(RuleText.With("security_group", "path: ingress\nport_range_exceeds: \"$.resourceConfiguration.portRanges\""), "t.yaml");
        var resources = World(Rule(0, 65535, "all"), Value.List(Range(5432, 5432)));
        var e = Assert.Throws<InvalidOperationException>(() => new RuleEngine().Evaluate(new InventoryGraph(resources), [rule], Core.Aws.OrganizationContext.None));
        Assert.Contains("security_group", e.Message);
    }
}
