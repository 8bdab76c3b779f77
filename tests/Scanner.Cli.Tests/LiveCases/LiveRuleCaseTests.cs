using Scanner.Collectors.Aws;
using Scanner.Pipeline.RuleCases;
using Scanner.Rules;

namespace Scanner.Cli.Tests.LiveCases;

/// <summary>
/// Every bundled rule over a kind the live collector produces, proven through the live mapping: its <c>live</c> cases
/// are served by the fake AWS and collected by the real AWS collector, and must fire on exactly the named resources.
/// </summary>
public class LiveRuleCaseTests
{
    private static readonly Lazy<RuleTestReport> Report = new(() =>
        new RuleCaseRunner(live: new LiveCaseSupport(AwsCollectedKinds.All, new FakeAwsLiveCaseCollector()))
            .Run(new RuleLoader().LoadDirectories([RepoPaths.Rules])));

    public static TheoryData<string> LiveRules()
    {
        var data = new TheoryData<string>();
        foreach (var r in new RuleLoader().LoadDirectories([RepoPaths.Rules]).Rules)
            if (AwsCollectedKinds.All.Contains(r.Definition.Resource)) data.Add(r.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(LiveRules))]
    public void Rule_LiveCases_FireOnExactlyTheNamedResources(string ruleId)
    {
        var result = Report.Value.Rules.Single(r => r.RuleId == ruleId);
        Assert.True(result.Problems.Count == 0, string.Join("; ", result.Problems));
        var live = result.Cases.Where(c => c.Form == CaseInputForm.Live).ToList();
        if (!result.Notes.Any(n => n.StartsWith("never fires live:", StringComparison.Ordinal))) Assert.Contains(live, c => c.Expected.Count > 0);
        Assert.Contains(live, c => c.Expected.Count == 0);
        var failures = live.Where(c => !c.Passed).Select(c => $"{c.Name}: {c.NotRun ?? c.Failure}").ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.All(live, c => Assert.Equal(c.Expected.Count, c.Actual.Count));
    }

    [Fact]
    public void RulesOverKindsNotCollectedLive_SayWhyTheyHaveNoLiveForm()
    {
        var others = Report.Value.Rules.Where(r => r.Cases.All(c => c.Form != CaseInputForm.Live)).ToList();
        Assert.All(others, r => Assert.Contains(r.Notes, n => n.StartsWith("no live form:", StringComparison.Ordinal) && n.Contains("is not collected live", StringComparison.Ordinal)));
        Assert.Empty(Report.Value.Errors);
    }
}
