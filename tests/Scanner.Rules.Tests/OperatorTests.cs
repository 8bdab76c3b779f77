using Scanner.Core.Inventory;
using Scanner.Rules.Evaluation;

namespace Scanner.Rules.Tests;

/// <summary>One true and one false case per operator, through a loaded rule (so validators run too).</summary>
public class OperatorTests
{
    private static Resource Group(Value rule, string? name = "web") =>
        new(ResourceKinds.SecurityGroup, "sg#1", ResourceOrigin.Aws,
            new MapBuilder().Set("groupName", name).Set("description", "Lattice gateway").Set("ingress", Value.List(rule)).Build());

    private static Value Rule(string? cidr = "10.0.0.0/8", double from = 443, double to = 443, string protocol = "tcp") =>
        new MapBuilder().Set("protocol", protocol).Set("fromPort", from).Set("toPort", to).Set("cidrIpv4", cidr).Build();

    private static bool Fires(string condition, Resource resource)
    {
        var rule = new RuleLoader().LoadText(RuleText.With("security_group", condition), "t.yaml");
        return new RuleEngine().Evaluate(new InventoryGraph([resource]), [rule], Core.Aws.OrganizationContext.None).Findings.Count == 1;
    }

    [Theory]
    [InlineData("path: groupName\nequals: web", true)]
    [InlineData("path: groupName\nequals: db", false)]
    [InlineData("path: groupName\nnot_equals: db", true)]
    [InlineData("path: groupName\nnot_equals: web", false)]
    [InlineData("path: groupName\nin: [db, web]", true)]
    [InlineData("path: groupName\nin: [db]", false)]
    [InlineData("path: groupName\nnot_in: [db]", true)]
    [InlineData("path: groupName\nnot_in: [web]", false)]
    [InlineData("path: description\nmatches: \"^Lattice\"", true)]
    [InlineData("path: description\nmatches: \"^lattice$\"", false)]
    [InlineData("path: description\nnot_matches: \"^db\"", true)]
    [InlineData("path: description\nstarts_with: Lattice", true)]
    [InlineData("path: description\nends_with: Lattice", false)]
    [InlineData("path: ingress.fromPort\ngreater_than: 442", true)]
    [InlineData("path: ingress.fromPort\ngreater_than: 443", false)]
    [InlineData("path: ingress.fromPort\ngreater_or_equal: 443", true)]
    [InlineData("path: ingress.fromPort\nless_than: 443", false)]
    [InlineData("path: ingress.fromPort\nless_or_equal: 443", true)]
    [InlineData("path: ingress\nport_range_wider_than: 0", true)]
    [InlineData("path: ingress\nport_range_wider_than: 1", false)]
    [InlineData("path: ingress\ncovers_port: 443", true)]
    [InlineData("path: ingress\ncovers_port: 80", false)]
    [InlineData("path: ingress.cidrIpv4\ncidr_within: [10.0.0.0/8]", true)]
    [InlineData("path: ingress.cidrIpv4\ncidr_within: [10.0.0.0/16]", false)]
    [InlineData("path: ingress.cidrIpv4\ncidr_outside: [192.168.0.0/16]", true)]
    [InlineData("path: ingress.cidrIpv4\ncidr_outside: [10.0.0.0/7]", false)]
    [InlineData("path: ingress.cidrIpv4\nis_private_address: true", true)]
    [InlineData("path: ingress.cidrIpv4\nis_any_address: true", false)]
    [InlineData("path: ingress\nnot_empty: true", true)]
    [InlineData("path: ingress\nempty: true", false)]
    [InlineData("path: egress\nabsent: true", true)]
    [InlineData("path: ingress\nexists: true", true)]
    [InlineData("path: ingress\ncount_equals: 1", true)]
    [InlineData("path: ingress\ncount_greater_than: 1", false)]
    [InlineData("path: ingress\ncount_less_than: 2", true)]
    [InlineData("path: ingress.protocol\ncontains: tcp", true)]
    [InlineData("path: ingress.protocol\nnot_contains: tcp", false)]
    [InlineData("path: ingress.cidrIpv4\nis_unknown: true", false)]
    public void Operator_OnKnownValues(string condition, bool expected) =>
        Assert.Equal(expected, Fires(condition, Group(Rule())));

    [Fact]
    public void IsAnyAddress_Slash16_IsNotAnywhere()
    {
        Assert.False(Fires("path: ingress.cidrIpv4\nis_any_address: true", Group(Rule("10.20.0.0/16"))));
        Assert.True(Fires("path: ingress.cidrIpv4\nis_any_address: true", Group(Rule("0.0.0.0/0"))));
    }

    [Fact]
    public void PortRangeWiderThan_SinglePort_IsNotBroad()
    {
        Assert.False(Fires("path: ingress\nport_range_wider_than: 1", Group(Rule(from: 5432, to: 5432))));
        Assert.True(Fires("path: ingress\nport_range_wider_than: 1", Group(Rule(from: 0, to: 65535, protocol: "all"))));
    }

    [Fact]
    public void IsUnknown_SeesUnknownValues()
    {
        var rule = new MapBuilder().Set("cidrIpv4", Value.Unknown).Build();
        Assert.True(Fires("path: ingress.cidrIpv4\nis_unknown: true", Group(rule)));
    }

    [Fact]
    public void EmptyString_CountsAsEmpty()
    {
        Assert.True(Fires("path: groupName\nempty: true", Group(Rule(), name: "")));
    }
    private static (int Findings, int Undecided) Outcome(string condition, Resource resource)
    {
        var rule = new RuleLoader().LoadText(RuleText.With("security_group", condition), "t.yaml");
        var result = new RuleEngine().Evaluate(new InventoryGraph([resource]), [rule], Core.Aws.OrganizationContext.None);
        return (result.Findings.Count, result.Undecided.Count);
    }

    private static Resource GroupWithIngress(Value ingress) =>
        new(ResourceKinds.SecurityGroup, "sg#1", ResourceOrigin.Terraform, new MapBuilder().Set("ingress", ingress).Build());

    [Theory]
    [InlineData("path: ingress\nempty: true", 0, 0)]
    [InlineData("path: ingress\nnot_empty: true", 1, 0)]
    [InlineData("path: ingress\nexists: true", 1, 0)]
    [InlineData("path: ingress\ncount_equals: 2", 1, 0)]
    [InlineData("path: ingress\ncount_less_than: 2", 0, 0)]
    [InlineData("path: ingress\ncount_greater_than: 1", 1, 0)]
    public void CollectionOperators_ListOfKnownLengthWithUnknownElements_Decide(string condition, int findings, int undecided) =>
        Assert.Equal((findings, undecided), Outcome(condition, GroupWithIngress(Value.List(Value.Unknown, Value.Unknown))));

    [Theory]
    [InlineData("path: ingress\nempty: true")]
    [InlineData("path: ingress\nnot_empty: true")]
    [InlineData("path: ingress\ncount_equals: 2")]
    [InlineData("path: ingress\ncount_less_than: 2")]
    [InlineData("path: ingress\ncount_greater_than: 1")]
    public void CollectionOperators_WhollyUnknownList_AreUndecided(string condition) =>
        Assert.Equal((0, 1), Outcome(condition, GroupWithIngress(Value.Unknown)));

    [Fact]
    public void CountOperators_WhollyUnknownList_StillDecideWhatAnyCountSettles()
    {
        Assert.Equal((0, 0), Outcome("path: ingress\ncount_less_than: 0", GroupWithIngress(Value.Unknown)));
        Assert.Equal((0, 0), Outcome("path: ingress\ncount_less_than: 1", GroupWithIngress(Value.List(Value.From("a"), Value.Unknown))));
    }
}
