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

    [Fact]
    public void ReportText_PastTheBudget_FurtherFindingsAreKeptButShortened()
    {
        var message = string.Concat(Enumerable.Repeat("{{ description }}", 500));
        var rule = new RuleLoader().LoadText(RuleText.With("security_group", "path: description\nstarts_with: d", message: message), "t.yaml");
        var groups = Enumerable.Range(0, 20).Select(i => new Resource(ResourceKinds.SecurityGroup, $"sg#{i:00}", ResourceOrigin.Aws,
            new MapBuilder().Set("groupName", "web").Set("description", new string('d', 10_000)).Build())).ToList();
        const long budget = 10_000;

        var result = new RuleEngine { MaxReportTextChars = budget }.Evaluate(new InventoryGraph(groups), [rule], Core.Aws.OrganizationContext.None);

        Assert.Equal(20, result.Findings.Count); // none dropped: gates still count every finding
        var full = result.Findings.Where(f => f.Message.Length == MessageTemplate.MaxChars).ToList();
        var shortened = result.Findings.Where(f => f.Message.Length <= RuleEngine.ShortenedMessageChars).ToList();
        Assert.Equal(20, full.Count + shortened.Count);
        Assert.Equal(shortened.Count, result.ShortenedFindings);
        Assert.InRange(full.Count, 1, 4); // each full finding holds 2,000 message + up to 1,000 evidence characters
        Assert.All(shortened, f => Assert.True(f.Evidence.Count <= 1 && f.Evidence.All(e => e.Value.Length <= RuleEngine.ShortenedMessageChars)));
        var total = result.Findings.Sum(f => (long)f.Message.Length + f.Evidence.Sum(e => e.Path.Length + e.Value.Length));
        Assert.True(total <= budget + shortened.Count * 3L * RuleEngine.ShortenedMessageChars, $"report text {total}");
    }

    [Fact]
    public void ReportText_UnderTheBudget_NothingShortened()
    {
        var rule = new RuleLoader().LoadText(RuleText.With("security_group", "path: groupName\nequals: web"), "t.yaml");
        var groups = Enumerable.Range(0, 5).Select(i => new Resource(ResourceKinds.SecurityGroup, $"sg#{i}", ResourceOrigin.Aws,
            new MapBuilder().Set("groupName", "web").Build())).ToList();

        var result = new RuleEngine().Evaluate(new InventoryGraph(groups), [rule], Core.Aws.OrganizationContext.None);

        Assert.Equal(5, result.Findings.Count);
        Assert.Equal(0, result.ShortenedFindings);
    }
}
