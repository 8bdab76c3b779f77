using Scanner.Core.Aws;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Rules.Evaluation;
using static Scanner.Rules.Tests.Inventories;

namespace Scanner.Rules.Tests;

public class EngineTests
{
    private static readonly OrganizationContext Org = new("o-a1b2c3d4e5", ["111111111111", "222222222222"]);

    private static EngineResult Run(string resource, string condition, IEnumerable<Resource> resources, string unknown = "skip", OrganizationContext? org = null)
    {
        var rule = new RuleLoader().LoadText(RuleText.With(resource, condition, unknown), "t.yaml");
        return new RuleEngine().Evaluate(new InventoryGraph(resources), [rule], org ?? Org);
    }

    private static string[] Fired(EngineResult r) => r.Findings.Select(f => f.ResourceKey).ToArray();

    private const string OpenIngress = """
        some:
          in: securityGroups
          where:
            some:
              in: ingress
              where:
                any:
                  - path: cidrIpv4
                    is_any_address: true
                  - path: cidrIpv6
                    is_any_address: true
        """;

    [Fact]
    public void Evaluate_RelationAndNestedQuantifiers_FireOnlyOnOpenGateway()
    {
        var result = Run("resource_gateway", OpenIngress,
        [
            SecurityGroup("sg-open", Rule(cidr4: "0.0.0.0/0", from: 5432, to: 5432)),
            SecurityGroup("sg-vpc", Rule(cidr4: "10.20.0.0/16", from: 5432, to: 5432)),
            Gateway("open", "sg-vpc", "sg-open"),
            Gateway("tight", "sg-vpc"),
        ]);
        Assert.Equal(["gw#open"], Fired(result));
        var evidence = Assert.Single(result.Findings[0].Evidence);
        Assert.Equal("securityGroups[sg-open].ingress[0].cidrIpv4", evidence.Path);
        Assert.Equal("0.0.0.0/0", evidence.Value);
        Assert.Equal("open matched: securityGroups[sg-open].ingress[0].cidrIpv4 = 0.0.0.0/0", result.Findings[0].Message);
    }

    [Fact]
    public void Evaluate_Ipv6AnyAddress_Fires()
    {
        var result = Run("resource_gateway", OpenIngress, [SecurityGroup("sg-6", Rule(cidr6: "::/0")), Gateway("v6", "sg-6")]);
        Assert.Equal(["gw#v6"], Fired(result));
    }

    [Fact]
    public void Evaluate_UnknownEdge_IsUndecidedWhenSkip_AndFiresWhenFire()
    {
        var gw = new Resource(ResourceKinds.ResourceGateway, "gw#u", ResourceOrigin.Terraform, Value.EmptyMap)
        {
            References = [ResourceReference.Unresolvable("securityGroups")],
        };
        var skip = Run("resource_gateway", OpenIngress, [gw]);
        Assert.Empty(skip.Findings);
        Assert.Equal([("TEST-RULE-001", "gw#u")], skip.Undecided);

        var fire = Run("resource_gateway", OpenIngress, [gw], unknown: "fire");
        var finding = Assert.Single(fire.Findings);
        Assert.True(finding.DependsOnUnknown);
        Assert.EndsWith("(depends on values not known until apply)", finding.Message);
    }

    [Fact]
    public void Evaluate_UnknownIsOverriddenByKnownTrue()
    {
        var sg = SecurityGroup("sg-mixed", Rule(cidr4: "0.0.0.0/0"));
        var gw = new Resource(ResourceKinds.ResourceGateway, "gw#m", ResourceOrigin.Terraform, Value.EmptyMap)
        {
            References = [ResourceReference.Unresolvable("securityGroups"), new("securityGroups", "sg-mixed")],
        };
        Assert.Equal(["gw#m"], Fired(Run("resource_gateway", OpenIngress, [sg, gw])));
    }

    [Theory]
    [InlineData("999999999999", true)]
    [InlineData("222222222222", false)]
    [InlineData("arn:aws:iam::999999999999:role/x", true)]
    [InlineData("arn:aws:organizations::111111111111:organization/o-a1b2c3d4e5", false)]
    [InlineData("arn:aws:organizations::999999999999:organization/o-zzzzzzzzzz", true)]
    public void Evaluate_OutsideOrganization_DecidesByAccountList(string principal, bool fires)
    {
        var result = Run("ram_resource_share", "path: principals.id\noutside_organization: true",
            [Share("s", Value.List(Principal(principal)))]);
        Assert.Equal(fires, result.Findings.Count == 1);
    }

    [Fact]
    public void Evaluate_OutsideOrganization_WithoutContext_IsUndecided()
    {
        var result = Run("ram_resource_share", "path: principals.id\noutside_organization: true",
            [Share("s", Value.List(Principal("999999999999")))], org: OrganizationContext.None);
        Assert.Empty(result.Findings);
        Assert.Single(result.Undecided);
    }

    [Fact]
    public void Evaluate_EmptyInverseRelation_FiresOnlyWithoutSubscription()
    {
        Resource Config(string id) => new(ResourceKinds.ResourceConfiguration, "rc#" + id, ResourceOrigin.Aws, Value.EmptyMap) { Id = id };
        var log = new Resource(ResourceKinds.AccessLogSubscription, "als#1", ResourceOrigin.Aws, Value.EmptyMap)
        {
            References = [new("target", "rcfg-logged")],
        };
        var result = Run("resource_configuration", "path: accessLogSubscriptions\nempty: true", [Config("rcfg-logged"), Config("rcfg-bare"), log]);
        Assert.Equal(["rc#rcfg-bare"], Fired(result));
    }

    [Theory]
    [InlineData("all", true, true, true)]
    [InlineData("all", true, false, false)]
    [InlineData("any", false, true, true)]
    [InlineData("any", false, false, false)]
    [InlineData("none", false, false, true)]
    [InlineData("none", true, false, false)]
    public void Evaluate_Combinators_FollowBooleanLogic(string combinator, bool external, bool active, bool fires)
    {
        var principal = new MapBuilder().Set("external", external).Set("status", active ? "ACTIVE" : "FAILED").Build();
        var share = new Resource(ResourceKinds.ResourceShare, "s", ResourceOrigin.Aws, new MapBuilder().Set("principals", Value.List(principal)).Build());
        var condition = $"""
            some:
              in: principals
              where:
                {combinator}:
                  - path: external
                    equals: true
                  - path: status
                    equals: ACTIVE
            """;
        Assert.Equal(fires, Run("ram_resource_share", condition, [share]).Findings.Count == 1);
    }

    [Fact]
    public void Evaluate_NotOfUnknown_StaysUnknown()
    {
        var share = new Resource(ResourceKinds.ResourceShare, "s", ResourceOrigin.Terraform,
            new MapBuilder().Set("allowExternalPrincipals", Value.Unknown).Build());
        var result = Run("ram_resource_share", "not:\n  path: allowExternalPrincipals\n  equals: false", [share]);
        Assert.Empty(result.Findings);
        Assert.Single(result.Undecided);
    }

    [Fact]
    public void Evaluate_EveryOverEmpty_IsTrue_AndSomeIsFalse()
    {
        var sg = SecurityGroup("sg-none");
        var every = Run("security_group", "every:\n  in: ingress\n  where:\n    path: fromPort\n    equals: 443", [sg]);
        var some = Run("security_group", "some:\n  in: ingress\n  where:\n    path: fromPort\n    equals: 443", [sg]);
        Assert.Single(every.Findings);
        Assert.Empty(some.Findings);
    }

    [Fact]
    public void Evaluate_ResourceOwnedOutsideTheOrganization_IsNotJudgedUnlessOwnersAny()
    {
        Resource Share(string key, string? account) => new(ResourceKinds.ResourceShare, key, ResourceOrigin.Aws,
            new MapBuilder().Set("allowExternalPrincipals", true).Build()) { AccountId = account };
        var resources = new[] { Share("ours", "111111111111"), Share("partner", "999999999999"), Share("unknown-owner", null) };
        var ownOnly = Run("ram_resource_share", "path: allowExternalPrincipals\nequals: true", resources);
        Assert.Equal(["ours", "unknown-owner"], Fired(ownOnly).Order());

        var text = RuleText.With("ram_resource_share", "path: allowExternalPrincipals\nequals: true").Replace("unknown: skip", "unknown: skip\nowners: any");
        var rule = new RuleLoader().LoadText(text, "t.yaml");
        var all = new RuleEngine().Evaluate(new InventoryGraph(resources), [rule], Org);
        Assert.Equal(3, all.Findings.Count);
    }
}

public class MapValuesPathTests
{
    private static Resource Tagged(string name, params (string Key, string Value)[] tags) =>
        new(ResourceKinds.ResourceGateway, "gw#" + name, ResourceOrigin.Aws,
            new MapBuilder().Set("tags", Value.Map(tags.Select(t => new KeyValuePair<string, Value>(t.Key, Value.From(t.Value))))).Build())
        { Name = name };

    private static EngineResult Run(string condition, params Resource[] resources) =>
        new RuleEngine().Evaluate(new InventoryGraph(resources), [new RuleLoader().LoadText(RuleText.With("resource_gateway", condition), "t.yaml")], new OrganizationContext("o-a1b2c3d4e5", ["111111111111"]));

    [Fact]
    public void Star_SelectsEveryValueOfTheMap_AndNamesTheKeyInTheEvidence()
    {
        var result = Run("""
            path: tags.*
            matches: "(?i)postgres"
            """, Tagged("db", ("Name", "edge"), ("Engine", "aurora-postgresql")), Tagged("web", ("Name", "postgres-proxy-docs")), Tagged("plain", ("Name", "edge")));
        Assert.Equal(["gw#db", "gw#web"], result.Findings.Select(f => f.ResourceKey).Order(StringComparer.Ordinal).ToArray());
        var evidence = Assert.Single(result.Findings.Single(f => f.ResourceKey == "gw#db").Evidence);
        Assert.Equal("tags.Engine", evidence.Path);
        Assert.Equal("aurora-postgresql", evidence.Value);
    }

    [Fact]
    public void Star_OnSomethingOtherThanAMap_IsALoadError()
    {
        var e = Assert.ThrowsAny<Exception>(() => new RuleLoader().LoadText(RuleText.With("resource_gateway", """
            path: securityGroupIds.*
            equals: sg-1
            """), "t.yaml"));
        Assert.Contains("'*' selects the values of a map", e.Message);
    }
}

public class EngineFindingOrderTests
{
    private static CompiledRule Rule(string id, string severity) =>
        new RuleLoader().LoadText(RuleText.With("security_group", "path: groupName\nequals: web")
            .Replace("TEST-RULE-001", id).Replace("severity: high", "severity: " + severity), id + ".yaml");

    private static readonly CompiledRule[] RulesOutOfOrder =
        [Rule("B-2", "low"), Rule("A-9", "low"), Rule("Z-1", "critical"), Rule("C-3", "medium"), Rule("A-1", "critical")];

    private static List<Resource> GroupsOutOfKeyOrder() =>
        new[] { "sg#m", "sg#B", "sg#a", "sg#z", "sg#a0", "sg#10", "sg#9" }
            .Select(key => new Resource(ResourceKinds.SecurityGroup, key, ResourceOrigin.Aws, new MapBuilder().Set("groupName", "web").Build()))
            .ToList();

    [Fact]
    public void Evaluate_RulesAndResourcesInAnyOrder_FindingsMadeInFindingOrder()
    {
        var result = new RuleEngine().Evaluate(new InventoryGraph(GroupsOutOfKeyOrder()), RulesOutOfOrder, Core.Aws.OrganizationContext.None);

        var store = Assert.IsType<FindingStore>(result.Findings);
        Assert.True(store.InFindingOrder, "the engine added a finding before one the order puts ahead of it");
        Assert.Equal(35, store.Count);
        Assert.Equal(
            ["A-1", "Z-1", "C-3", "A-9", "B-2"],
            store.Select(f => f.RuleId).Distinct());
        Assert.Equal(
            ["sg#10", "sg#9", "sg#B", "sg#a", "sg#a0", "sg#m", "sg#z"],
            store.Where(f => f.RuleId == "C-3").Select(f => f.ResourceKey));
    }

    [Fact]
    public void Evaluate_FindingsOverTheMemoryBudget_SameFindingsFromATemporaryFile()
    {
        var graph = new InventoryGraph(GroupsOutOfKeyOrder());
        var inMemory = new RuleEngine().Evaluate(graph, RulesOutOfOrder, Core.Aws.OrganizationContext.None);
        var onDisk = new RuleEngine { FindingsMemoryBudget = 0 }.Evaluate(graph, RulesOutOfOrder, Core.Aws.OrganizationContext.None);

        Assert.False(Assert.IsType<FindingStore>(inMemory.Findings).IsOnDisk);
        Assert.True(Assert.IsType<FindingStore>(onDisk.Findings).IsOnDisk);
        Assert.Equal(inMemory.Findings.Select(f => (f.RuleId, f.ResourceKey, f.Message, f.Fingerprint)), onDisk.Findings.Select(f => (f.RuleId, f.ResourceKey, f.Message, f.Fingerprint)));
    }
}
