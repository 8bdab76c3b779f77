using Scanner.Reporting.Tests.Support;
using Xunit;

namespace Scanner.Reporting.Tests;

/// <summary>A rule's compliance mapping reaches SARIF rule properties and the JSON report's rules, schema-valid.</summary>
public class ComplianceInReportsTests
{
    [Fact]
    public void Sarif_RuleProperties_CarryFrameworkControlRequirementAndReason()
    {
        var sarif = ReportBytes.Sarif(TestReports.Iac());
        var compliance = sarif.Rule("LATTICE001").GetProperty("properties").GetProperty("compliance").EnumerateArray().ToArray();
        Assert.Equal(2, compliance.Length);
        Assert.Equal("nist-800-53-r5", compliance[0].Str("framework"));
        Assert.Equal("AC-21", compliance[0].Str("control"));
        Assert.Equal("NIST.800-53.r5 AC-21", compliance[0].Str("requirement"));
        Assert.Equal("The share reaches principals outside the organization.", compliance[0].Str("reason"));
        Assert.Equal("ISO.IEC.27001.2022 A.5.14", compliance[1].Str("requirement"));
        Assert.False(sarif.Rule("LATTICE002").GetProperty("properties").TryGetProperty("compliance", out _), "a rule without a mapping has no compliance property");
        Assert.Empty(Schemas.Errors(Schemas.Sarif, ReportBytes.Text(new SarifReportWriter(TestReports.Options), TestReports.Iac())));
    }

    [Fact]
    public void Json_Rules_CarryCompliance_AndValidateAgainstTheDocumentedSchema()
    {
        var report = TestReports.Iac();
        var json = ReportBytes.Json(report);
        var rule = json.GetProperty("rules").EnumerateArray().Single(r => r.Str("id") == "LATTICE001");
        var compliance = rule.GetProperty("compliance").EnumerateArray().ToArray();
        Assert.Equal(["NIST.800-53.r5 AC-21", "ISO.IEC.27001.2022 A.5.14"], compliance.Select(c => c.Str("requirement")));
        Assert.Equal("Information is transferred to an outside party.", compliance[1].Str("reason"));
        Assert.Empty(json.GetProperty("rules").EnumerateArray().Single(r => r.Str("id") == "LATTICE002").GetProperty("compliance").EnumerateArray());
        Assert.Empty(Schemas.Errors(Schemas.JsonReport, ReportBytes.Text(new JsonReportWriter(TestReports.Options), report)));
    }
}
