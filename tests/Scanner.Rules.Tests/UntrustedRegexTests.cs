using Scanner.Core.Collection;
using Scanner.Core.Inventory;
using Scanner.Rules.Evaluation;

namespace Scanner.Rules.Tests;

/// <summary>Rule files are untrusted: a pattern cannot make a scan slow (linear-time matching) and constructs that need backtracking are refused at load.</summary>
public class UntrustedRegexTests
{
    private static Resource Gateway(int i, string name) =>
        new(ResourceKinds.ResourceGateway, $"rgw#{i}", ResourceOrigin.Aws, new MapBuilder().Set("name", name).Build()) { Name = name };

    [Fact]
    public void Matches_NestedQuantifierOverManyResources_DecidesEveryOneQuickly()
    {
        // ^(a+)+$ against "aaaa…!" backtracks exponentially: before, every match ran into the 200 ms timeout and came out unknown.
        var rule = new RuleLoader().LoadText(RuleText.With("resource_gateway", "path: name\nmatches: \"^(a+)+$\""), "t.yaml");
        var resources = Enumerable.Range(0, 600).Select(i => Gateway(i, new string('a', 40) + "!")).Append(Gateway(600, new string('a', 40))).ToList();

        var result = new RuleEngine().Evaluate(new InventoryGraph(resources), [rule], Core.Aws.OrganizationContext.None);

        Assert.Equal("rgw#600", Assert.Single(result.Findings).ResourceKey);
        Assert.Empty(result.Undecided);
    }

    [Theory]
    [InlineData("^(?=a)a$", "needs backtracking")]
    [InlineData("(a)\\\\1", "needs backtracking")]
    [InlineData("(?>a+)b", "needs backtracking")]
    public void Matches_BacktrackingConstruct_RefusedWhenTheRuleLoads(string pattern, string fragment)
    {
        var e = Assert.Throws<InputException>(() => new RuleLoader().LoadText(RuleText.With("resource_gateway", $"path: name\nmatches: \"{pattern}\""), "t.yaml"));
        Assert.Contains(fragment, e.Reason);
    }

    [Fact]
    public void Matches_PatternOverTheLengthLimit_Refused()
    {
        var e = Assert.Throws<InputException>(() => new RuleLoader().LoadText(RuleText.With("resource_gateway", $"path: name\nmatches: \"{new string('a', 1001)}\""), "t.yaml"));
        Assert.Contains("over the limit of 1000", e.Reason);
    }
}

/// <summary>A rule cannot make findings huge: messages and evidence are capped per finding.</summary>
public class FindingSizeCapTests
{
    [Fact]
    public void Message_TemplateRepeatingALongValue_IsCappedWithoutBuildingItAll()
    {
        var message = string.Concat(Enumerable.Repeat("{{ description }}", 500));
        var rule = new RuleLoader().LoadText(RuleText.With("security_group", "path: groupName\nequals: web", message: message), "t.yaml");
        var group = new Resource(ResourceKinds.SecurityGroup, "sg#1", ResourceOrigin.Aws,
            new MapBuilder().Set("groupName", "web").Set("description", new string('d', 100_000)).Build());

        var finding = Assert.Single(new RuleEngine().Evaluate(new InventoryGraph([group]), [rule], Core.Aws.OrganizationContext.None).Findings);

        Assert.Equal(MessageTemplate.MaxChars, finding.Message.Length);
        Assert.EndsWith("…", finding.Message);
    }

    [Fact]
    public void Evidence_LongValue_IsCapped()
    {
        var rule = new RuleLoader().LoadText(RuleText.With("security_group", "path: description\nstarts_with: d"), "t.yaml");
        var group = new Resource(ResourceKinds.SecurityGroup, "sg#1", ResourceOrigin.Aws,
            new MapBuilder().Set("groupName", "web").Set("description", new string('d', 100_000)).Build());

        var finding = Assert.Single(new RuleEngine().Evaluate(new InventoryGraph([group]), [rule], Core.Aws.OrganizationContext.None).Findings);

        Assert.All(finding.Evidence, e => Assert.True(e.Value.Length <= RuleEngine.MaxEvidenceChars));
        Assert.True(finding.Message.Length <= MessageTemplate.MaxChars);
    }
}
