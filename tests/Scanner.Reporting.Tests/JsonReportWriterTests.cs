using System.Text.Json;
using Scanner.Core.Findings;
using Scanner.Reporting.Tests.Support;
using Xunit;

namespace Scanner.Reporting.Tests;

public sealed class JsonReportWriterTests
{
    public static TheoryData<string> ReportNames => new() { "iac", "live", "clean", "suppressed", "absent" };

    private static ScanReport Named(string name) => name switch
    {
        "iac" => TestReports.Iac(),
        "live" => TestReports.LiveReport(),
        "clean" => TestReports.Clean(),
        "suppressed" => TestReports.Report([TestReports.Suppressed(TestReports.Live()), TestReports.Suppressed(TestReports.Terraform(), SuppressionKind.InSource) with { DependsOnUnknown = true }], ["aws"]),
        _ => BaselineComparer.Apply(TestReports.Iac(), [new BaselineEntry { Fingerprint = "feedfacefeedfacefeedfacefeedface", RuleId = "LATTICE002", Message = "old", Severity = Severity.High, Location = new("infra/old.tf", 3) }]),
    };

    [Theory]
    [MemberData(nameof(ReportNames))]
    public void Write_AnyReport_ValidAgainstDocumentedSchema(string name)
    {
        var json = ReportBytes.Text(new JsonReportWriter(TestReports.Options), Named(name));

        Assert.Empty(Schemas.Errors(Schemas.JsonReport, json));
    }

    [Fact]
    public void Write_Metadata_VersionedWithScanScope()
    {
        var json = ReportBytes.Json(TestReports.LiveReport());

        Assert.Equal("1.1", json.Str("schemaVersion"));
        Assert.Equal("0.1.0", json.Str("tool", "version"));
        var scan = json.GetProperty("scan");
        Assert.Equal("2026-03-01T10:00:00.000Z", scan.Str("startedAt"));
        Assert.Equal("2026-03-01T10:00:42.123Z", scan.Str("finishedAt"));
        Assert.Equal(["aws"], scan.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal([TestReports.Account, TestReports.OtherAccount], scan.GetProperty("accounts").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("o-a1b2c3d4e5", scan.Str("organizationId"));
        Assert.False(scan.GetProperty("complete").GetBoolean());
    }

    [Fact]
    public void Write_Finding_ContainsEveryField()
    {
        var finding = TestReports.Suppressed(TestReports.Terraform()) with { BaselineState = BaselineState.Unchanged, DependsOnUnknown = true };

        var f = ReportBytes.Json(TestReports.Report([finding], ["terraform"])).GetProperty("findings")[0];

        Assert.Equal("LATTICE001", f.Str("ruleId"));
        Assert.Equal("critical", f.Str("severity"));
        Assert.Equal(finding.Message, f.Str("message"));
        Assert.Equal("ram_resource_share", f.Str("resourceKind"));
        Assert.Equal(finding.ResourceKey, f.Str("resourceKey"));
        Assert.Equal("partner", f.Str("resourceName"));
        Assert.Equal("module.lattice.aws_ram_resource_share.partner", f.Str("resourceAddress"));
        Assert.Equal("terraform", f.Str("origin"));
        Assert.Equal(JsonValueKind.Null, f.GetProperty("resourceArn").ValueKind);
        Assert.Equal("infra/lattice/ram.tf", f.Str("location", "file"));
        Assert.Equal(14, f.GetProperty("location").GetProperty("line").GetInt32());
        Assert.Equal(3, f.GetProperty("location").GetProperty("column").GetInt32());
        Assert.Equal("module.lattice.aws_ram_resource_share.partner", f.Str("location", "logicalName"));
        Assert.Equal("true", f.GetProperty("evidence")[0].Str("value"));
        Assert.True(f.GetProperty("dependsOnUnknown").GetBoolean());
        Assert.Equal(finding.Fingerprint, f.Str("fingerprint"));
        Assert.Equal("external", f.Str("suppression", "kind"));
        Assert.Equal("team-network", f.Str("suppression", "owner"));
        Assert.Equal("2026-12-31", f.Str("suppression", "expires"));
        Assert.Equal("unchanged", f.Str("baselineState"));
    }

    [Fact]
    public void Write_InventoryErrorsRules_Present()
    {
        var json = ReportBytes.Json(TestReports.LiveReport());

        Assert.Equal(2, json.GetProperty("inventory").GetProperty("ram_resource_share").GetInt32());
        var errors = json.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(["AccessDenied", "Throttling"], errors.Select(e => e.Str("code")));
        Assert.Equal("vpc-lattice:ListResourceGateways", errors[0].Str("api"));
        Assert.Equal(TestReports.OtherAccount, errors[0].Str("accountId"));
        var rules = json.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(4, rules.Count);
        Assert.Equal("Title of LATTICE001.", rules[0].Str("title"));
        Assert.Equal("critical", rules[0].Str("severity"));
    }

    [Fact]
    public void Write_SummaryCounts_ExcludeSuppressedFromSeverities()
    {
        var report = TestReports.Report([TestReports.Suppressed(TestReports.Live()), TestReports.Terraform("LATTICE002", Severity.High)], ["aws"]);

        var summary = ReportBytes.Json(report).GetProperty("summary");

        Assert.Equal(2, summary.GetProperty("findings").GetInt32());
        Assert.Equal(1, summary.GetProperty("suppressed").GetInt32());
        Assert.Equal(0, summary.GetProperty("bySeverity").GetProperty("critical").GetInt32());
        Assert.Equal(1, summary.GetProperty("bySeverity").GetProperty("high").GetInt32());
    }

    [Fact]
    public void Write_AbsentFindings_ListedWithAbsentState()
    {
        var absent = ReportBytes.Json(Named("absent")).GetProperty("absentFindings").EnumerateArray().ToList();

        var f = Assert.Single(absent);
        Assert.Equal("absent", f.Str("baselineState"));
        Assert.Equal("infra/old.tf", f.Str("location", "file"));
    }

    [Fact]
    public void Write_ReorderedInput_SameBytes()
    {
        var report = TestReports.Iac();
        var shuffled = report with
        {
            Findings = report.Findings.Reverse().ToList(),
            Rules = report.Rules.Reverse().ToList(),
            InventorySummary = report.InventorySummary.Reverse().ToDictionary(),
        };

        Assert.Equal(ReportBytes.Of(new JsonReportWriter(TestReports.Options), report), ReportBytes.Of(new JsonReportWriter(TestReports.Options), shuffled));
    }

    [Fact]
    public void Write_CleanScan_EmptyFindingsCompleteScan()
    {
        var json = ReportBytes.Json(TestReports.Clean());

        Assert.Equal(0, json.GetProperty("findings").GetArrayLength());
        Assert.Equal(0, json.GetProperty("errors").GetArrayLength());
        Assert.True(json.GetProperty("scan").GetProperty("complete").GetBoolean());
    }

    [Fact]
    public void Write_LongReport_ReachesTheStreamInPieces_AndIsTheSameDocument()
    {
        // The writer hands its text on as it goes rather than holding the report until the end.
        StreamedWrites.AssertReachesTheStreamInPieces(new JsonReportWriter(TestReports.Options), StreamedWrites.LongReport());
    }
}
