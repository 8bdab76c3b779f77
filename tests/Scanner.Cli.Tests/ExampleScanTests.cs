using System.Text.Json;

namespace Scanner.Cli.Tests;

/// <summary>The README's first command, and what a new user sees from it.</summary>
public class ExampleScanTests
{
    private static readonly string[] ExampleArgs =
        ["scan", "--terraform-plan", "examples/terraform/plan.json", "--cloudformation", "examples/cloudformation", "--org-accounts", "examples/org-accounts.txt"];

    [Fact]
    public void Scan_BundledExample_PrintsStarterFindingsWithFileAndLine()
    {
        var r = CliRunner.Run([.. ExampleArgs, "--fail-on", "none"]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        foreach (var rule in new[] { "LATTICE-GW-001", "LATTICE-SHARE-001", "LATTICE-SHARE-002", "LATTICE-LOG-001" })
            Assert.Contains(rule, r.Stdout);
        Assert.Matches(@"examples/terraform/[^\s:]+\.tf:\d+", r.Stdout);
        Assert.Matches(@"examples/cloudformation/[^\s:]+\.ya?ml:\d+", r.Stdout);
    }

    [Fact]
    public void Scan_BundledExample_AllRules_FindExactlyThePlantedProblems()
    {
        var r = CliRunner.Run([.. ExampleArgs, "--fail-on", "none", "--format", "json"]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        var actual = doc.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("resourceKey").GetString()}").Order().ToArray();
        // examples/terraform/README.md and examples/cloudformation/README.md list these plants and the clean resources.
        string[] expected =
        [
            "LATTICE-GW-001 examples/cloudformation/provider.yaml#ResourceGateway",
            "LATTICE-GW-001 examples/terraform/plan.json#module.lattice_provider.aws_vpclattice_resource_gateway.db",
            "LATTICE-LOG-001 examples/cloudformation/provider.yaml#SqlServerConfiguration",
            "LATTICE-LOG-001 examples/terraform/plan.json#module.lattice_provider.aws_vpclattice_resource_configuration.sqlserver",
            "LATTICE-SHARE-001 examples/cloudformation/provider.yaml#DatabaseShare",
            "LATTICE-SHARE-001 examples/terraform/plan.json#aws_ram_resource_share.aurora",
            "LATTICE-SHARE-002 examples/cloudformation/provider.yaml#DatabaseShare",
            "LATTICE-SHARE-002 examples/terraform/plan.json#aws_ram_resource_share.sqlserver",
        ];
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Scan_BundledExample_DefaultThresholdFailsTheGate()
    {
        var r = CliRunner.Run(ExampleArgs);
        Assert.Equal(1, r.ExitCode);
    }

    [Fact]
    public void Scan_BundledExample_WritesSarifAndJsonWithTheSameFindings()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var sarif = Path.Combine(dir, "out.sarif");
        var json = Path.Combine(dir, "out.json");
        var r = CliRunner.Run([.. ExampleArgs, "--sarif", sarif, "--json", json, "--fail-on", "none", "--format", "json"]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var s = JsonDocument.Parse(File.ReadAllText(sarif));
        using var j = JsonDocument.Parse(File.ReadAllText(json));
        using var stdout = JsonDocument.Parse(r.Stdout);
        var sarifResults = s.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength();
        var jsonFindings = j.RootElement.GetProperty("findings").GetArrayLength();
        Assert.True(sarifResults >= 4, $"only {sarifResults} SARIF results");
        Assert.Equal(jsonFindings, sarifResults);
        Assert.Equal(jsonFindings, stdout.RootElement.GetProperty("findings").GetArrayLength());
        foreach (var result in s.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            var uri = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            Assert.StartsWith("examples/", uri);
        }
    }
}

public class ExampleSarifValidationTests
{
    private static string WriteExampleSarif()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var sarif = Path.Combine(dir, "example.sarif");
        var r = CliRunner.Run("scan", "--terraform-plan", "examples/terraform/plan.json", "--cloudformation", "examples/cloudformation",
            "--org-accounts", "examples/org-accounts.txt", "--sarif", sarif, "--fail-on", "none");
        Assert.True(r.ExitCode == 0, r.Stderr);
        return sarif;
    }

    [Fact]
    public async Task Scan_BundledExampleSarif_PassesTheOfficialSchema()
    {
        var sarif = WriteExampleSarif();
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(SarifSchemaFixture.Path);
        var errors = schema.Validate(File.ReadAllText(sarif));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.ToString())));
    }

    [SkippableFact]
    public void Scan_BundledExampleSarif_PassesTheGithubJudge()
    {
        RequiredTool.Require(SharedToolLocator.MissingPrerequisite());
        var sarif = WriteExampleSarif();
        var (exit, output) = SarifJudge.Validate(sarif);
        Assert.True(exit == 0, output);
        Assert.Contains("PASS", output);
    }
}
