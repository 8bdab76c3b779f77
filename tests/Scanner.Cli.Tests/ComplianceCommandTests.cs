using System.Text.Json;

namespace Scanner.Cli.Tests;

/// <summary><c>rules list --compliance [FRAMEWORK]</c> and <c>scan --compliance FRAMEWORK</c>.</summary>
public class ComplianceCommandTests
{
    [Fact]
    public void RulesList_Compliance_PrintsEachRulesControlsInSecurityHubForm()
    {
        var r = CliRunner.Run("rules", "list", "--compliance");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Matches(@"LATTICE-GW-001 .*\n    NIST\.800-53\.r5 SC-7 +An inbound rule from anywhere", r.Stdout);
        Assert.Contains("ISO.IEC.27001.2022 A.8.20", r.Stdout);
    }

    [Fact]
    public void RulesList_ComplianceFramework_ListsOnlyThatFrameworksControls_AsJson()
    {
        var r = CliRunner.Run("rules", "list", "--compliance", "iso-27001-2022", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var rules = JsonDocument.Parse(r.Stdout).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(rules);
        foreach (var rule in rules)
        {
            var controls = rule.GetProperty("compliance").EnumerateArray().ToList();
            Assert.NotEmpty(controls);
            Assert.All(controls, c => Assert.Equal("iso-27001-2022", c.GetProperty("framework").GetString()));
            Assert.All(controls, c => Assert.StartsWith("A.", c.GetProperty("control").GetString()));
        }
    }

    [Fact]
    public void RulesList_UnknownFramework_IsUsageError()
    {
        var r = CliRunner.Run("rules", "list", "--compliance", "pci-dss");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--compliance 'pci-dss' is not a known framework (nist-800-53-r5, iso-27001-2022)", r.Stderr);
    }

    [Fact]
    public void Scan_ComplianceFramework_UnknownIsUsageError_KnownRunsMappedRules()
    {
        var bad = CliRunner.Run("scan", "--terraform-plan", "examples/terraform/plan.json", "--org-accounts", "examples/org-accounts.txt", "--compliance", "pci-dss", "--fail-on", "none");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("unknown compliance framework(s): pci-dss", bad.Stderr);

        var json = Path.Combine(Directory.CreateTempSubdirectory().FullName, "r.json");
        var ok = CliRunner.Run("scan", "--terraform-plan", "examples/terraform/plan.json", "--org-accounts", "examples/org-accounts.txt", "--compliance", "nist-800-53-r5", "--json", json, "--fail-on", "none");
        Assert.True(ok.ExitCode == 0, ok.Stderr);
        var rules = JsonDocument.Parse(File.ReadAllText(json)).RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.True(rules.Count >= 25);
        Assert.All(rules, rule => Assert.Contains(rule.GetProperty("compliance").EnumerateArray(), c => c.GetProperty("framework").GetString() == "nist-800-53-r5"));
    }
}
