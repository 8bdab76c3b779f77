using Scanner.Reporting.Tests.Support;
using Xunit;

namespace Scanner.Reporting.Tests;

/// <summary>
/// Paths in SARIF and JSON from a scan run in a subfolder of the repository, with --repo-root above it, and for
/// files outside the root: the report names the file that was scanned, relative to the root.
/// </summary>
public sealed class PathResolutionTests
{
    private static ReportOptions FromSubfolder => new() { RepositoryRoot = TestReports.Root, WorkingDirectory = TestReports.Root + "/infra/lattice" };

    [Fact]
    public void Sarif_RelativeInputFromSubfolderWithRepoRoot_ResolvedAgainstTheWorkingDirectory()
    {
        var report = TestReports.Report([TestReports.Terraform(file: "plan.json")], ["terraform"]);

        var uri = ReportBytes.Sarif(report, FromSubfolder).Results()[0].GetProperty("locations")[0].GetProperty("physicalLocation").Str("artifactLocation", "uri");

        Assert.Equal("infra/lattice/plan.json", uri);
    }

    [Fact]
    public void Json_RelativeInputFromSubfolderWithRepoRoot_ResolvedAgainstTheWorkingDirectory()
    {
        var report = TestReports.Report([TestReports.Terraform(file: "plan.json")], ["terraform"]);

        var json = ReportBytes.Json(report, FromSubfolder);

        Assert.Equal("infra/lattice/plan.json", json.GetProperty("findings")[0].GetProperty("location").Str("file"));
    }

    [Fact]
    public void Json_FileOutsideTheRoot_KeepsItsParentSegments()
    {
        var report = TestReports.Report([TestReports.Terraform(file: "../../shared/plan.json")], ["terraform"]);

        var json = ReportBytes.Json(report, FromSubfolder);

        // /work/repo/infra/lattice/../../shared/plan.json = /work/repo/shared/plan.json: inside; one more level is outside.
        Assert.Equal("shared/plan.json", json.GetProperty("findings")[0].GetProperty("location").Str("file"));
        var outside = TestReports.Report([TestReports.Terraform(file: "/work/other/plan.json")], ["terraform"]);
        Assert.Equal("../other/plan.json", ReportBytes.Json(outside, FromSubfolder).GetProperty("findings")[0].GetProperty("location").Str("file"));
    }

    [Fact]
    public void Sarif_FileOutsideTheRoot_KeepsItsParentSegments()
    {
        var outside = TestReports.Report([TestReports.Terraform(file: "/work/other/plan.json")], ["terraform"]);

        var result = ReportBytes.Sarif(outside, FromSubfolder).Results()[0];

        Assert.Equal("../other/plan.json", result.GetProperty("locations")[0].GetProperty("physicalLocation").Str("artifactLocation", "uri"));
        Assert.Equal("../other/plan.json", result.GetProperty("properties").Str("sourceFile"));
    }
}
