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
