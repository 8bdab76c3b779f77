using Scanner.Pipeline.RuleCases;
using Scanner.Rules;

namespace Scanner.Pipeline.Tests;

/// <summary>
/// The one data-driven runner over rules/: every rule and every case is a test row, so a failing case names
/// itself; a rule without a case file, a firing case or a non-firing case fails too.
/// </summary>
public class BundledRuleCaseTests
{
    private static readonly Lazy<(RuleSet Rules, RuleTestReport Report)> Run = new(() =>
    {
        var rules = new RuleLoader().LoadDirectories([RepoPaths.Rules]);
        return (rules, new RuleCaseRunner().Run(rules));
    });

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var r in new RuleLoader().LoadDirectories([RepoPaths.Rules]).Rules) data.Add(r.Id);
        return data;
    }

    /// <summary>Every case but the live ones: those need the fake AWS and run in <c>Scanner.Cli.Tests</c> (LiveRuleCaseTests).</summary>
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var r in Run.Value.Report.Rules)
        foreach (var c in r.Cases.Where(c => c.Form != CaseInputForm.Live)) data.Add(r.RuleId, c.Name);
        return data;
    }

    [Fact]
    public void LiveCases_WithoutAnAwsEmulator_AreReportedNotRun_NeverPassed()
    {
        var live = Run.Value.Report.Rules.SelectMany(r => r.Cases).Where(c => c.Form == CaseInputForm.Live).ToList();
        Assert.NotEmpty(live);
        Assert.All(live, c =>
        {
            Assert.False(c.Passed);
            Assert.NotNull(c.NotRun);
        });
    }

    [Fact]
    public void BundledRules_LoadWithoutErrors_AndEveryCaseFileBelongsToARule()
    {
        Assert.Empty(Run.Value.Rules.Errors);
        Assert.Empty(Run.Value.Report.Errors);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_HasFiringAndNonFiringCases(string ruleId)
    {
        var result = Run.Value.Report.Rules.Single(r => r.RuleId == ruleId);
        Assert.True(result.Problems.Count == 0, string.Join("; ", result.Problems));
        Assert.Contains(result.Cases, c => c.Expected.Count > 0);
        Assert.Contains(result.Cases, c => c.Expected.Count == 0);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_FiresOnExactlyTheNamedResources(string ruleId, string caseName)
    {
        var c = Run.Value.Report.Rules.Single(r => r.RuleId == ruleId).Cases.Single(x => x.Name == caseName);
        Assert.True(c.Passed, c.Failure);
        Assert.Equal(c.Expected.Count, c.Actual.Count);
    }
}
