using Scanner.Core.Findings;
using Scanner.Reporting.Markdown;
using Scanner.Reporting.Tests.Support;
using Xunit;

namespace Scanner.Reporting.Tests;

/// <summary>The Markdown summary: verdict, counts, failing findings with links, undecided values, size cap.</summary>
public class MarkdownReportWriterTests
{
    private static string Render(ScanReport report, string failOn = "high", MarkdownOptions? md = null) =>
        new MarkdownReportWriter(TestReports.Options, ReportThreshold.From(failOn, false), md ?? new MarkdownOptions()).Render(report);

    [Fact]
    public void Iac_VerdictCountsAndFailingFindingsWithRepoRelativeLineLinks()
    {
        var md = Render(TestReports.Iac());
        Assert.StartsWith("## LatticeScan: ❌ 2 finding(s) at or above high\n", md);
        Assert.Contains("| critical | 1 | 0 |", md);
        Assert.Contains("| medium | 1 | 0 |", md);
        Assert.Contains("| critical | [LATTICE001](https://github.com/latticescan/latticescan/blob/main/docs/rules/LATTICE001.md) | [infra/lattice/ram.tf:14](infra/lattice/ram.tf#L14) `module.lattice.aws_ram_resource_share.partner` |", md);
        Assert.Contains("[infra/lattice/sg.tf:3](infra/lattice/sg.tf#L3)", md);
        Assert.Contains("Controls these findings evidence: ISO.IEC.27001.2022 A.5.14, NIST.800-53.r5 AC-21\n", md);
        Assert.DoesNotContain("LATTICE003", md.Split("### Findings")[1]);   // medium is below the threshold: counted, not listed
    }

    [Fact]
    public void LinkBase_PrefixesFileLinks_AndSpacesArePercentEncoded()
    {
        var md = Render(TestReports.Iac(), "low", new MarkdownOptions { LinkBase = "https://github.com/o/r/blob/abc123/" });
        Assert.Contains("(https://github.com/o/r/blob/abc123/infra/lattice/ram.tf#L14)", md);
        Assert.Contains("[infra/plan dir/plan.json:120](https://github.com/o/r/blob/abc123/infra/plan%20dir/plan.json#L120)", md);
    }

    [Fact]
    public void Live_ResourcesAreArns_CollectionErrorsListedAndVerdictSaysIncomplete()
    {
        var md = Render(TestReports.LiveReport());
        Assert.Contains("— ⚠️ collection incomplete", md.Split('\n')[0]);
        Assert.Contains($"`{TestReports.ShareArn}`", md);
        Assert.Contains("### Not collected", md);
        Assert.Contains("`AccessDenied` not authorized to list resource gateways (account 444455556666, region ap-northeast-1, vpc-lattice:ListResourceGateways)", md);
    }

    [Fact]
    public void Clean_Passes_AndNamesTheFullReport()
    {
        var md = Render(TestReports.Clean(), md: new MarkdownOptions { FullReport = "out/latticescan.json" });
        Assert.StartsWith("## LatticeScan: ✅ no finding at or above high\n", md);
        Assert.DoesNotContain("### Findings", md);
        Assert.EndsWith("Full report: `out/latticescan.json`.\n", md);
    }

    [Fact]
    public void Undecided_ValuesAndUnknownFiringFindingsAreListed()
    {
        var report = TestReports.Report(
            [TestReports.Terraform() with { DependsOnUnknown = true }], ["terraform"],
            [new ScanDiagnostic { Level = DiagnosticLevel.Note, Code = "UndecidedUnknownValues", Message = "LATTICE-EP-003: 1 resource(s) could not be decided" }]);
        var md = Render(report);
        Assert.Contains("### Undecided", md);
        Assert.Contains("- 1 finding(s) fired only because a value is unknown until apply", md);
        Assert.Contains("- LATTICE-EP-003: 1 resource(s) could not be decided", md);
    }

    [Fact]
    public void MessageWithPipesAndMarkup_CannotBreakTheTable()
    {
        var report = TestReports.Report([TestReports.Terraform() with { Message = "a | b <script>x</script>\nsecond line" }], ["terraform"]);
        var row = Render(report).Split('\n').Single(l => l.StartsWith("| critical | [LATTICE001]", StringComparison.Ordinal));
        Assert.EndsWith("| a \\| b &lt;script&gt;x&lt;/script&gt; second line |", row);
    }

    [Fact]
    public void ManyFindings_AreCappedWithACountAndAPointerToTheFullReport()
    {
        var findings = Enumerable.Range(0, 2000).Select(i => TestReports.Live(arn: $"arn:aws:ram:us-east-1:111122223333:resource-share/s-{i:D4}", id: $"s-{i:D4}")).ToList();
        var md = Render(TestReports.Report(findings, ["aws"], accounts: [TestReports.Account]),
            md: new MarkdownOptions { MaxCharacters = 10_000, FullReport = "latticescan.html" });
        Assert.True(md.Length <= 10_000, $"{md.Length} characters");
        var shown = md.Split('\n').Count(l => l.StartsWith("| critical | [LATTICE001]", StringComparison.Ordinal));
        Assert.InRange(shown, 10, 1999);
        Assert.Contains($"**{2000 - shown} more row(s) not shown** (summary capped at 10000 characters): full report in `latticescan.html`.", md);
    }
}
