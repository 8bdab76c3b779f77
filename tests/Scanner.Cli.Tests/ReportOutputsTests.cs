using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using Scanner.Tests.Shared.SecurityHub;

namespace Scanner.Cli.Tests;

/// <summary>
/// Every output of one scan, made by the real CLI — of the bundled examples and of a live scan of the
/// field-report organization on the loopback fake AWS — checked by its own judge: the Security Hub model for
/// ASFF, xmllint and the JUnit schema for JUnit, headless Chromium for HTML, the repository for Markdown links.
/// </summary>
public abstract class ReportOutputsTests
{
    private static readonly Lazy<AsffModel> Model = new(AsffModel.Load);

    /// <summary>The outputs of one scan, and the JSON report of the same scan as the reference.</summary>
    public sealed class Run
    {
        public required string Dir { get; init; }
        public required int ExitCode { get; init; }
        public required string Stderr { get; init; }
        public string File(string name) => Path.Combine(Dir, name);
        public JsonElement Json => JsonDocument.Parse(System.IO.File.ReadAllText(File("report.json"))).RootElement;
        public JsonElement[] Findings => Json.GetProperty("findings").EnumerateArray().ToArray();
    }

    internal static string[] OutputArgs(string dir) =>
    [
        "--json", Path.Combine(dir, "report.json"), "--asff", Path.Combine(dir, "report.asff.json"), "--junit", Path.Combine(dir, "report.junit.xml"),
        "--markdown", Path.Combine(dir, "summary.md"), "--html", Path.Combine(dir, "report.html"),
    ];

    protected abstract Run Scan { get; }

    [Fact]
    public void Asff_EveryFindingValidAgainstTheSecurityHubModel()
    {
        Assert.True(Scan.ExitCode is 0 or 1, Scan.Stderr);
        var asff = JsonDocument.Parse(File.ReadAllText(Scan.File("report.asff.json"))).RootElement;
        var errors = Model.Value.ValidateFindingsArray(asff);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
        Assert.Equal(Scan.Findings.Length, asff.GetArrayLength());
        Assert.NotEqual(0, asff.GetArrayLength());
        var ids = asff.EnumerateArray().Select(f => f.GetProperty("Id").GetString()).ToList();
        Assert.Equal(Scan.Findings.Select(f => $"latticescan/{f.GetProperty("ruleId").GetString()}/{f.GetProperty("fingerprint").GetString()}").Order(), ids.Order());
        Assert.All(asff.EnumerateArray(), f => Assert.NotEmpty(f.GetProperty("Compliance").GetProperty("RelatedRequirements").EnumerateArray()));
    }

    [SkippableFact]
    public void Junit_ValidAgainstTheJunitSchema_WithAFailurePerFindingAtOrAboveHigh()
    {
        RequiredTool.Require(RequiredTool.OnPath("xmllint") is not null, "xmllint is not on PATH: install it with 'apt-get install -y libxml2-utils' (.ci/run does)");
        var file = Scan.File("report.junit.xml");
        var psi = new System.Diagnostics.ProcessStartInfo("xmllint") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "--noout", "--schema", Path.Combine(RepoPaths.Root, "tests", "Scanner.Reporting.Tests", "Schemas", "junit-10.xsd"), file }) psi.ArgumentList.Add(a);
        using var p = System.Diagnostics.Process.Start(psi)!;
        var output = p.StandardError.ReadToEnd() + p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, output);
        var root = XDocument.Load(file).Root!;
        var high = Scan.Findings.Count(f => f.GetProperty("severity").GetString() is "critical" or "high" && f.GetProperty("suppression").ValueKind == JsonValueKind.Null);
        Assert.Equal(high, root.Descendants("failure").Count());
        Assert.Equal(Scan.Json.GetProperty("rules").GetArrayLength(), root.Elements("testsuite").Count(s => (string?)s.Attribute("name") != "latticescan.collection"));
    }

    [Fact]
    public void Markdown_VerdictMatchesExitCode_AndEveryFileLinkExistsInTheRepository()
    {
        var md = File.ReadAllText(Scan.File("summary.md"));
        Assert.StartsWith(Scan.ExitCode == 1 ? "## LatticeScan: ❌" : "## LatticeScan: ✅", md);
        foreach (Match m in Regex.Matches(md, @"\]\(([^)#:]+)#L(\d+)\)"))
        {
            var path = Path.Combine(RepoPaths.Root, Uri.UnescapeDataString(m.Groups[1].Value));
            Assert.True(File.Exists(path), $"link to {m.Groups[1].Value} does not exist");
            Assert.True(File.ReadAllLines(path).Length >= int.Parse(m.Groups[2].Value), $"{m.Value} is past the end of the file");
        }
        Assert.Contains(Scan.File("report.html"), md);
    }

    [SkippableFact]
    public void Html_InHeadlessChromium_LoadsCleanly_DrawsTheGraph_FiltersWork_AndTheScreenshotHasContent()
    {
        HtmlReportBrowser.Require();
        var html = File.ReadAllText(Scan.File("report.html"));
        Assert.DoesNotMatch(@"(src|href)\s*=\s*""(https?:)?//", html.Replace("href=\"https://github.com/latticescan/latticescan/blob/main/docs/rules/", "", StringComparison.Ordinal));
        var screenshot = Scan.File("report.png");
        var seen = HtmlReportBrowser.Check(Scan.File("report.html"), screenshot);

        Assert.Empty(seen.GetProperty("consoleErrors").EnumerateArray());
        Assert.Empty(seen.GetProperty("pageErrors").EnumerateArray());
        Assert.Empty(seen.GetProperty("externalRequests").EnumerateArray());
        var findings = Scan.Findings;
        Assert.Equal(findings.Length, seen.GetProperty("rowsInitial").GetInt32());
        Assert.True(seen.GetProperty("graphs").GetInt32() >= 1, "no sharing graph drawn");
        Assert.True(seen.GetProperty("edges").GetInt32() >= 1);
        Assert.True(seen.GetProperty("flaggedNodes").GetInt32() >= 1, "no finding marked on the graph");
        Assert.True(seen.GetProperty("outsideNodes").GetInt32() >= 1, "the principal outside the organization is not marked");
        Assert.All(seen.GetProperty("graphSizes").EnumerateArray(), s => Assert.True(s.GetProperty("width").GetDouble() > 100 && s.GetProperty("height").GetDouble() > 20));

        var filters = seen.GetProperty("filters");
        string[] order = ["info", "low", "medium", "high", "critical"];
        foreach (var (severity, rank) in order.Select((s, i) => (s, i)))
            Assert.Equal(findings.Count(f => Array.IndexOf(order, f.GetProperty("severity").GetString()) >= rank), filters.GetProperty("severity>=" + severity).GetInt32());
        foreach (var rule in findings.Select(f => f.GetProperty("ruleId").GetString()!).Distinct())
            Assert.Equal(findings.Count(f => f.GetProperty("ruleId").GetString() == rule), filters.GetProperty("rule=" + rule).GetInt32());
        foreach (var account in findings.Select(f => f.GetProperty("accountId")).Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!).Distinct())
            Assert.Equal(findings.Count(f => f.GetProperty("accountId").ValueKind == JsonValueKind.String && f.GetProperty("accountId").GetString() == account), filters.GetProperty("account=" + account).GetInt32());
        Assert.Equal(findings.Select(f => f.GetProperty("ruleId").GetString()).Distinct().Count(), filters.GetProperty("groups:rule").GetInt32());
        Assert.Equal(findings.Count(f => f.GetProperty("message").GetString()!.Contains("999999999999") || f.GetProperty("resourceKey").GetString()!.Contains("999999999999")),
            filters.GetProperty("text=999999999999").GetInt32());

        var png = PngImage.Read(screenshot);
        Assert.True(png.Width >= 800 && png.Height >= 600, $"{png.Width}x{png.Height}");
        var (nonWhite, colours) = png.Content();
        Assert.True(nonWhite > 0.02, $"only {nonWhite:P1} of the screenshot is not white");
        Assert.True(colours > 50, $"only {colours} colours in the screenshot");
    }
}

/// <summary>The bundled examples (Terraform plan + CloudFormation templates), every output at once.</summary>
public sealed class ExampleReportOutputsTests : ReportOutputsTests
{
    private static readonly Lazy<Run> Shared = new(() =>
    {
        var dir = Directory.CreateTempSubdirectory("latticescan-outputs-").FullName;
        var r = CliRunner.Run(["scan", "--terraform-plan", "examples/terraform/plan.json", "--cloudformation", "examples/cloudformation",
            "--org-accounts", "examples/org-accounts.txt", "--asff-account", "111111111111", "--asff-region", "eu-west-1", .. OutputArgs(dir)]);
        return new Run { Dir = dir, ExitCode = r.ExitCode, Stderr = r.Stderr };
    });

    protected override Run Scan => Shared.Value;
}

/// <summary>A live scan of the field-report organization (loopback fake AWS), every output at once.</summary>
public sealed class LiveReportOutputsTests : ReportOutputsTests
{
    private static readonly Lazy<Run> Shared = new(() =>
    {
        var dir = Directory.CreateTempSubdirectory("latticescan-live-outputs-").FullName;
        var aws = FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization()).GetAwaiter().GetResult();
        try
        {
            var r = CliRunner.Run(dir, aws.EnvironmentVariables(), ["scan", "--aws", "--org", "--regions", "all", "--asff-account", FieldReportIds.Management, "--asff-region", "ap-northeast-1", .. OutputArgs(dir)]);
            return new Run { Dir = dir, ExitCode = r.ExitCode, Stderr = r.Stderr };
        }
        finally
        {
            aws.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    });

    protected override Run Scan => Shared.Value;

    [Fact]
    public void Asff_LiveFindingsNameTheirOwnAccountAndArn()
    {
        var asff = JsonDocument.Parse(File.ReadAllText(Scan.File("report.asff.json"))).RootElement.EnumerateArray().ToList();
        Assert.All(asff, f => Assert.Equal(FieldReportIds.Management, f.GetProperty("AwsAccountId").GetString()));
        Assert.All(asff, f => Assert.StartsWith("arn:aws:", f.GetProperty("Resources")[0].GetProperty("Id").GetString()));
        Assert.Contains(asff, f => f.GetProperty("ProductFields").GetProperty("latticescan/ResourceAccountId").GetString() == FieldReportIds.Provider);
        Assert.Contains(asff, f => f.GetProperty("Resources")[0].GetProperty("Type").GetString() == "Other");
    }
}
