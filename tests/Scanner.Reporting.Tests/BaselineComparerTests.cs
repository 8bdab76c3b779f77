using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Reporting.Tests.Support;
using Xunit;

namespace Scanner.Reporting.Tests;

public sealed class BaselineComparerTests
{
    private static BaselineEntry Entry(Finding f) => new()
    {
        Fingerprint = f.Fingerprint, RuleId = f.RuleId, ResourceKey = f.ResourceKey, Message = f.Message, Severity = f.Severity,
        Origin = f.Origin, ResourceArn = f.ResourceArn, ResourceKind = f.ResourceKind,
    };

    [Fact]
    public void Apply_MixedBaseline_MarksNewUnchangedAndAbsent()
    {
        var kept = TestReports.Terraform();
        var added = TestReports.Live();
        var fixedFinding = TestReports.Live("LATTICE002", Severity.High, TestReports.GatewayArn, TestReports.OtherAccount, "eu-west-1", "rgw-0123456789abcdef0", ResourceKinds.ResourceGateway);
        var current = TestReports.Report([kept, added], ["aws", "terraform"]);

        var result = BaselineComparer.Apply(current, [Entry(kept), Entry(fixedFinding)]);

        Assert.Equal(BaselineState.Unchanged, result.Findings.Single(f => f.Fingerprint == kept.Fingerprint).BaselineState);
        Assert.Equal(BaselineState.New, result.Findings.Single(f => f.Fingerprint == added.Fingerprint).BaselineState);
        var absent = Assert.Single(result.AbsentFindings);
        Assert.Equal(BaselineState.Absent, absent.BaselineState);
        Assert.Equal(fixedFinding.Fingerprint, absent.Fingerprint);
        Assert.Equal(ResourceOrigin.Aws, absent.Origin);
        Assert.Equal(TestReports.OtherAccount, absent.AccountId);
        Assert.Equal(ResourceKinds.ResourceGateway, absent.ResourceKind);
    }

    [Fact]
    public void Apply_FindingMovedToAnotherLine_StaysUnchanged()
    {
        var before = TestReports.Terraform(line: 14);
        var after = TestReports.Terraform(line: 40);

        var result = BaselineComparer.Apply(TestReports.Report([after], ["terraform"]), [Entry(before)]);

        Assert.Equal(BaselineState.Unchanged, Assert.Single(result.Findings).BaselineState);
        Assert.Empty(result.AbsentFindings);
    }

    [Fact]
    public void Apply_EmptyBaseline_EverythingNew()
    {
        var result = BaselineComparer.Apply(TestReports.Iac(), []);

        Assert.All(result.Findings, f => Assert.Equal(BaselineState.New, f.BaselineState));
        Assert.Equal(4, result.Findings.Count);
    }

    [Fact]
    public void Apply_DuplicateBaselineEntries_OneAbsentFinding()
    {
        var gone = TestReports.Live();

        var result = BaselineComparer.Apply(TestReports.Clean(), [Entry(gone), Entry(gone)]);

        Assert.Single(result.AbsentFindings);
    }

    [Theory]
    [InlineData("sarif")]
    [InlineData("json")]
    public void Apply_BaselineReadFromOwnReport_RescanIsAllUnchanged(string format)
    {
        var dir = Directory.CreateTempSubdirectory("latticescan-cmp-");
        try
        {
            var path = Path.Combine(dir.FullName, "baseline." + format);
            IReportWriter writer = format == "sarif" ? new SarifReportWriter(TestReports.Options) : new JsonReportWriter(TestReports.Options);
            AtomicFile.Write(path, s => writer.Write(TestReports.Iac(), s));
            var rescan = TestReports.Iac() with { Findings = TestReports.Iac().Findings.Skip(1).ToList() };

            var result = BaselineComparer.Apply(rescan, BaselineReader.Read(path));

            Assert.All(result.Findings, f => Assert.Equal(BaselineState.Unchanged, f.BaselineState));
            var absent = Assert.Single(result.AbsentFindings);
            Assert.Equal(TestReports.Iac().Findings[0].Fingerprint, absent.Fingerprint);
            Assert.Equal("infra/lattice/ram.tf", absent.Location!.File);
            var sarif = ReportBytes.Text(new SarifReportWriter(TestReports.Options), result);
            Assert.Empty(Schemas.Errors(Schemas.Sarif, sarif));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
