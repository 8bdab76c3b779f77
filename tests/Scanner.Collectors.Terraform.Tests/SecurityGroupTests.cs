using Scanner.Collectors.Terraform.Tests.Support;
using Scanner.Core.Collection;
using Scanner.Core.Inventory;
using Xunit;
using Scanner.Core.Findings;

namespace Scanner.Collectors.Terraform.Tests;

public sealed class SecurityGroupTests
{
    private static readonly CollectionResult Result = new TerraformPlanCollector().CollectFromText(Fixture.Text("sg-rules.plan.json"), "sg.json");

    private static Value Rule(string direction, string protocol, double from, double to, string peerField, Value peer, string? description = null, Value? owner = null) =>
        new MapBuilder().Set("direction", direction).Set("protocol", protocol).Set("fromPort", from).Set("toPort", to)
            .Set(peerField, peer).Set("referencedGroupOwnerId", owner).Set("description", description).Build();

    [Fact]
    public void Collect_SeparateRulesOfAllThreeKinds_AttachToReferencedGroup()
    {
        var app = Result.ByAddress("aws_security_group.app");
        Assert.Equal(Value.List(
            Rule("ingress", "tcp", 443, 443, "cidrIpv4", Value.From("10.0.0.0/8")),
            Rule("ingress", "tcp", 443, 443, "cidrIpv4", Value.From("192.168.0.0/16")),
            Rule("ingress", "all", 0, 65535, "cidrIpv6", Value.From("::/0"))), app.Prop("ingress"));
        Assert.Equal(Value.List(Rule("egress", "tcp", 5432, 5432, "referencedGroupId", Value.Unknown)), app.Prop("egress"));
        Assert.Equal(Value.True, app.Prop("rulesComplete"));
    }

    [Fact]
    public void Collect_RulesAreNotResourcesOfTheirOwn()
    {
        Assert.DoesNotContain(Result.Resources, r => r.Address!.Contains("_rule.", StringComparison.Ordinal));
        Assert.Equal(6, Result.Resources.Count);
        Assert.All(Result.Resources, r => Assert.Equal(ResourceKinds.SecurityGroup, r.Kind));
    }

    [Fact]
    public void Collect_InlineRules_OneRulePerPeerWithNormalisedProtocol()
    {
        var legacy = Result.ByAddress("aws_security_group.legacy");
        Assert.Equal(Value.List(
            Rule("ingress", "all", 0, 65535, "cidrIpv4", Value.From("0.0.0.0/0"), "everything"),
            Rule("ingress", "all", 0, 65535, "referencedGroupId", Value.From("sg-0aaaaaaaaaaaaaaa1"), "everything", Value.From("111111111111")),
            Rule("ingress", "all", 0, 65535, "self", Value.True, "everything"),
            Rule("ingress", "icmp", -1, -1, "cidrIpv4", Value.From("10.0.0.0/8"))), legacy.Prop("ingress"));
        Assert.Equal(Value.List(Rule("egress", "udp", 53, 53, "cidrIpv4", Value.From("10.0.0.2/32"))), legacy.Prop("egress"));
        Assert.Equal("sg-0123456789abcdef0", legacy.Id);
        Assert.Equal("444444444444", legacy.AccountId);
    }

    [Fact]
    public void Collect_RuleNamingGroupOutsidePlan_IsANote()
    {
        var note = Assert.Single(Result.Diagnostics);
        Assert.Equal((DiagnosticLevel.Note, "SecurityGroupNotInPlan"), (note.Level, note.Code));
        Assert.Equal("aws_security_group_rule.elsewhere: the rule's group sg-0ffffffffffffffff is not managed in this plan; the rule is not scanned", note.Message);
    }

    [Fact]
    public void Collect_ConfiguredInlineRulesUnknown_UnknownElementAndIncomplete()
    {
        var dynamic = Result.ByAddress("aws_security_group.dynamic");
        Assert.Equal(Value.List(Value.Unknown), dynamic.Prop("ingress"));
        Assert.Equal(Value.EmptyList, dynamic.Prop("egress"));
        Assert.Equal(Value.False, dynamic.Prop("rulesComplete"));
    }

    [Fact]
    public void Collect_UnknownCidrElement_RuleWithUnknownPeer()
    {
        var partial = Result.ByAddress("aws_security_group.partial");
        Assert.Equal(Value.List(
            Rule("ingress", "tcp", 8443, 8443, "cidrIpv4", Value.From("10.1.0.0/16")),
            Rule("ingress", "tcp", 8443, 8443, "cidrIpv4", Value.Unknown)), partial.Prop("ingress"));
    }

    [Fact]
    public void Collect_GroupNames_DecideIsDefault()
    {
        Assert.Equal(Value.True, Result.ByAddress("aws_default_security_group.default").Prop("isDefault"));
        Assert.Equal(Value.From("default"), Result.ByAddress("aws_default_security_group.default").Prop("groupName"));
        Assert.Equal(Value.False, Result.ByAddress("aws_security_group.app").Prop("isDefault"));
    }

    [Fact]
    public void CollectFromText_VpcRuleByReferenceInModule_AttachesToModuleGroup()
    {
        var result = new TerraformPlanCollector().Collect(Fixture.ExamplePath("plan.json"));
        var gateway = result.ByAddress("module.lattice_provider.aws_security_group.gateway");
        Assert.Equal(Value.List(Rule("ingress", "tcp", 5432, 5432, "cidrIpv4", Value.From("0.0.0.0/0"))), gateway.Prop("ingress"));
        Assert.Equal(Value.List(
            Rule("egress", "tcp", 5432, 5432, "cidrIpv4", Value.From("10.10.0.0/16"), "To Aurora"),
            Rule("egress", "tcp", 1433, 1433, "cidrIpv4", Value.From("10.10.0.0/16"), "To SQL Server")), gateway.Prop("egress"));
        Assert.Equal(Value.True, gateway.Prop("rulesComplete"));
    }
}
