using Scanner.Core.Findings;
using Scanner.Reporting.Tests.Support;
using Xunit;

namespace Scanner.Reporting.Tests;

public sealed class TerminalReportWriterTests
{
    private static string Render(ScanReport report, bool color = false)
    {
        var sw = new StringWriter();
        new TerminalReportWriter(color).Write(report, sw);
        return sw.ToString();
    }

    [Fact]
    public void Write_Findings_GroupedBySeverityCriticalFirst()
    {
        var text = Render(TestReports.Iac());

        var critical = text.IndexOf("CRITICAL (1)", StringComparison.Ordinal);
        var high = text.IndexOf("HIGH (1)", StringComparison.Ordinal);
        var medium = text.IndexOf("MEDIUM (1)", StringComparison.Ordinal);
        var low = text.IndexOf("LOW (1)", StringComparison.Ordinal);
        Assert.True(critical >= 0 && critical < high && high < medium && medium < low, text);
    }

    [Fact]
    public void Write_IacFinding_ShowsRuleResourceFileLineAndMessage()
    {
        var lines = Render(TestReports.Iac()).Split('\n');

        var i = Array.FindIndex(lines, l => l.Contains("LATTICE001", StringComparison.Ordinal) && l.Contains("CRITICAL ", StringComparison.Ordinal));
        Assert.True(i >= 0);
        Assert.Contains("module.lattice.aws_ram_resource_share.partner", lines[i]);
        Assert.Contains("infra/lattice/ram.tf:14:3", lines[i]);
        Assert.Contains("allows external principals", lines[i + 1]);
    }

    [Fact]
    public void Write_LiveFinding_ShowsAccountAndRegion()
    {
        var text = Render(TestReports.LiveReport());

        Assert.Contains("444455556666/eu-west-1", text);
        Assert.Contains("partner-share", text);
    }

    [Fact]
    public void Write_Totals_CountPerSeverity()
    {
        var text = Render(TestReports.Iac());

        Assert.Contains("4 finding(s): critical 1, high 1, medium 1, low 1, info 0", text);
    }

    [Fact]
    public void Write_Diagnostics_ListedAndIncompleteSaid()
    {
        var text = Render(TestReports.LiveReport());

        Assert.Contains("Collection errors (1)", text);
        Assert.Contains("AccessDenied", text);
        Assert.Contains("vpc-lattice:ListResourceGateways", text);
        Assert.Contains("scan incomplete", text);
    }

    [Fact]
    public void Write_NoColor_NoEscapeSequences()
    {
        Assert.DoesNotContain('\u001b', Render(TestReports.Iac(), color: false));
    }

    [Fact]
    public void Write_Color_UsesAnsiSequences()
    {
        Assert.Contains("\u001b[", Render(TestReports.Iac(), color: true));
    }

    [Fact]
    public void Write_ControlCharactersInResourceData_Neutralised()
    {
        var hostile = TestReports.Live() with { ResourceName = "evil\u001b[2J\rname", Message = "line1\nline2\u202Eexe" };

        var text = Render(TestReports.Report([hostile], ["aws"]), color: false);

        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\r', text);
        Assert.DoesNotContain('\u202E', text);
        Assert.Contains("line1 line2", text);
    }

    [Fact]
    public void Write_SuppressedAndAbsent_ListedSeparately()
    {
        var report = BaselineComparer.Apply(
            TestReports.Report([TestReports.Suppressed(TestReports.Live())], ["aws"]),
            [new BaselineEntry { Fingerprint = "feedfacefeedfacefeedfacefeedface", RuleId = "LATTICE003", Message = "old", Severity = Severity.Medium }]);

        var text = Render(report);

        Assert.Contains("Suppressed (1)", text);
        Assert.Contains("accepted risk: partner is a subsidiary", text);
        Assert.Contains("Absent since baseline (1)", text);
        Assert.DoesNotContain("CRITICAL (", text);
    }

    [Fact]
    public void Write_CleanScan_SaysNoFindings()
    {
        var text = Render(TestReports.Clean());

        Assert.Contains("No findings.", text);
        Assert.DoesNotContain("Collection", text);
    }

    [Fact]
    public void Write_WithGate_EndsWithVerdictRulesResourcesAndThreshold()
    {
        var report = TestReports.Iac() with { InventorySummary = new Dictionary<string, int> { ["ram_resource_share"] = 3, ["security_group"] = 2 } };
        var sw = new StringWriter();
        new TerminalReportWriter(false, new GateVerdict("high", 2, NewOnly: false, Incomplete: false)).Write(report, sw);

        var last = sw.ToString().TrimEnd().Split('\n')[^1];

        Assert.Equal($"FAIL: 2 unsuppressed finding(s) at or above high · {report.Rules.Count} rule(s) run on 5 resource(s) · --fail-on high", last);
    }

    [Theory]
    [InlineData(0, false, "PASS")]
    [InlineData(3, false, "FAIL")]
    [InlineData(0, true, "INCOMPLETE")]
    public void GateVerdict_Word_FollowsFailingAndIncomplete(int failing, bool incomplete, string word)
    {
        var gate = new GateVerdict("medium", failing, NewOnly: false, Incomplete: incomplete);
        Assert.Equal(word, gate.Word);
        Assert.StartsWith(word + ": ", gate.Summary(TestReports.Clean()));
        Assert.EndsWith("--fail-on medium", gate.Summary(TestReports.Clean()));
    }
}
