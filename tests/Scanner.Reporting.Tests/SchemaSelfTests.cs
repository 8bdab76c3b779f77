using Scanner.Reporting.Tests.Support;
using Xunit;

namespace Scanner.Reporting.Tests;

/// <summary>Proves the schema checks used by the other tests can fail (a validator that accepts anything proves nothing).</summary>
public sealed class SchemaSelfTests
{
    [Fact]
    public void SarifSchema_ResultWithInvalidLevelAndZeroLine_Rejected()
    {
        var valid = ReportBytes.Text(new SarifReportWriter(TestReports.Options), TestReports.Iac());
        var broken = valid.Replace("\"level\": \"error\"", "\"level\": \"critical\"", StringComparison.Ordinal)
            .Replace("\"startLine\": 14", "\"startLine\": 0", StringComparison.Ordinal);

        Assert.NotEqual(valid, broken);
        Assert.NotEmpty(Schemas.Errors(Schemas.Sarif, broken));
    }

    [Fact]
    public void JsonReportSchema_FindingWithUnknownSeverity_Rejected()
    {
        var valid = ReportBytes.Text(new JsonReportWriter(TestReports.Options), TestReports.Iac());
        var broken = valid.Replace("\"severity\": \"critical\"", "\"severity\": \"urgent\"", StringComparison.Ordinal);

        Assert.NotEqual(valid, broken);
        Assert.NotEmpty(Schemas.Errors(Schemas.JsonReport, broken));
    }
}
