using Scanner.Core.Aws;
using Scanner.Core.Inventory;
using Scanner.Rules.Evaluation;
using Scanner.Rules.Precompiled;
using static Scanner.Rules.Tests.Inventories;

namespace Scanner.Rules.Tests;

public class PrecompiledRuleTests
{
    private static readonly OrganizationContext Org = new("o-a1b2c3d4e5", ["111111111111"]);

    // Every condition node the form knows: all, any, not, none, some, every, leaves with list, string and regex arguments.
    private const string EveryNode = """
        all:
          - not:
              path: name
              matches: "^(?i)TIGHT$"
          - none:
              - path: securityGroupIds
                empty: true
          - any:
              - some:
                  in: securityGroups
                  where:
                    every:
                      in: ingress
                      where:
                        path: cidrIpv4
                        in: ["0.0.0.0/0", "10.0.0.0/8"]
              - path: name
                starts_with: open
        """;

    private static readonly Resource[] Resources =
    [
        SecurityGroup("sg-open", Rule(cidr4: "0.0.0.0/0", from: 5432, to: 5432)),
        SecurityGroup("sg-vpc", Rule(cidr4: "172.16.0.0/12", from: 5432, to: 5432)),
        Gateway("open-a", "sg-vpc"),
        Gateway("wide", "sg-open"),
        Gateway("tight", "sg-open"),
        Gateway("narrow", "sg-vpc"),
    ];

    private static string[] Fired(CompiledRule rule) =>
        new RuleEngine().Evaluate(new InventoryGraph(Resources), [rule], Org).Findings.Select(f => $"{f.ResourceKey}: {f.Message}").ToArray();

    [Fact]
    public void Restore_EveryConditionNode_WritesTheSameBytes_AndFiresOnTheSameResources()
    {
        var loaded = new RuleLoader().LoadText(RuleText.With("resource_gateway", EveryNode), "rules/test/every-node.yaml");
        var form = PrecompiledRuleWriter.Write([loaded]);
        var restored = Assert.Single(PrecompiledRuleReader.Read(form));

        Assert.True(form.SameAs(PrecompiledRuleWriter.Write([restored])), "the restored rule writes another form");
        Assert.Equal("rules/test/every-node.yaml", restored.Definition.File);
        Assert.Equal(loaded.Reads.Order(), restored.Reads.Order());
        Assert.Equal(loaded.Descriptor with { References = [], Tags = [], Compliance = [] }, restored.Descriptor with { References = [], Tags = [], Compliance = [] });
        Assert.Equal(["gw#open-a", "gw#wide"], Fired(loaded).Select(f => f[..f.IndexOf(':')]));
        Assert.Equal(Fired(loaded), Fired(restored));
    }

    [Fact]
    public void Read_BaseDirectory_ResolvesTheStoredRuleFile()
    {
        var loaded = new RuleLoader().LoadText(RuleText.With("resource_gateway", "path: name\nequals: x"), "rules/test/x.yaml");
        var restored = Assert.Single(PrecompiledRuleReader.Read(PrecompiledRuleWriter.Write([loaded]), "/repo"));
        Assert.Equal(Path.Combine("/repo", "rules/test/x.yaml"), restored.Definition.File);
    }

    [Fact]
    public void Read_FormOfAnotherLayout_IsRefused()
    {
        var form = PrecompiledRuleWriter.Write([]);
        var stale = new PrecompiledRuleForm(form.Strings.Select((s, i) => i == 0 ? s.Replace("RULES-", "RULES-X") : s).ToList(), form.Structure);
        var e = Assert.Throws<InvalidDataException>(() => PrecompiledRuleReader.Read(stale));
        Assert.Contains("not a rule set of this version", e.Message);
    }

    [Fact]
    public void Read_TextMissingFromTheStringTable_IsRefused()
    {
        var loaded = new RuleLoader().LoadText(RuleText.With("resource_gateway", "path: name\nequals: x"), "rules/test/x.yaml");
        var form = PrecompiledRuleWriter.Write([loaded]);
        var truncated = new PrecompiledRuleForm(form.Strings.Take(form.Strings.Count - 1).ToList(), form.Structure);

        var e = Assert.Throws<InvalidDataException>(() => PrecompiledRuleReader.Read(truncated));
        Assert.Contains("is not in the string table", e.Message);
    }
}
