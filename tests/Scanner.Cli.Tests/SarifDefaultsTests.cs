using System.Text.Json;

namespace Scanner.Cli.Tests;

/// <summary>SARIF for GitHub by default: no suppressed or absent results, a settable category, helpUri only where a page exists.</summary>
public class SarifDefaultsTests
{
    private static readonly string[] Example = ["scan", "--terraform-plan", "examples/terraform/plan.json", "--org-accounts", "examples/org-accounts.txt", "--fail-on", "none"];

    private static JsonElement Run(string sarif) => JsonDocument.Parse(File.ReadAllText(sarif)).RootElement.GetProperty("runs")[0];

    private static string SuppressAll(string dir)
    {
        var file = Path.Combine(dir, "s.yaml");
        File.WriteAllText(file, "suppressions:\n  - rule: LATTICE-GW-001\n    resource: \"*\"\n    reason: accepted\n");
        return file;
    }

    [Fact]
    public void Suppressed_OmittedByDefault_IncludedOnRequest()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var s = SuppressAll(dir);
        var omit = Path.Combine(dir, "omit.sarif");
        var include = Path.Combine(dir, "include.sarif");
        Assert.Equal(0, CliRunner.Run([.. Example, "--suppressions", s, "--sarif", omit]).ExitCode);
        Assert.Equal(0, CliRunner.Run([.. Example, "--suppressions", s, "--sarif", include, "--sarif-suppressed", "include"]).ExitCode);
        Assert.DoesNotContain(Run(omit).GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "LATTICE-GW-001");
        Assert.Contains(Run(include).GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "LATTICE-GW-001" && r.TryGetProperty("suppressions", out _));
    }

    [Fact]
    public void Category_SetOrLeftToTheUploader()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var set = Path.Combine(dir, "set.sarif");
        var none = Path.Combine(dir, "none.sarif");
        Assert.Equal(0, CliRunner.Run([.. Example, "--sarif", set, "--sarif-category", "latticescan-terraform"]).ExitCode);
        Assert.Equal(0, CliRunner.Run([.. Example, "--sarif", none, "--sarif-category", "none"]).ExitCode);
        Assert.Equal("latticescan-terraform/", Run(set).GetProperty("automationDetails").GetProperty("id").GetString());
        Assert.False(Run(none).TryGetProperty("automationDetails", out _));
    }

    [Fact]
    public void Absent_OnlyOnRequestAndNeverAFailure()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var baseline = Path.Combine(dir, "base.json");
        Assert.Equal(0, CliRunner.Run([.. Example, "--json", baseline]).ExitCode);
        var without = Path.Combine(dir, "without.sarif");
        var with = Path.Combine(dir, "with.sarif");
        // GW-001 skipped now: its findings are absent since the baseline.
        Assert.Equal(0, CliRunner.Run([.. Example, "--skip-rule", "LATTICE-GW-001", "--baseline", baseline, "--sarif", without]).ExitCode);
        Assert.Equal(0, CliRunner.Run([.. Example, "--skip-rule", "LATTICE-GW-001", "--baseline", baseline, "--sarif", with, "--sarif-absent", "include"]).ExitCode);
        Assert.DoesNotContain(Run(without).GetProperty("results").EnumerateArray(), r => r.GetProperty("baselineState").GetString() == "absent");
        var absent = Run(with).GetProperty("results").EnumerateArray().Where(r => r.GetProperty("baselineState").GetString() == "absent").ToList();
        Assert.NotEmpty(absent);
        Assert.All(absent, r => Assert.Equal(("pass", "none"), (r.GetProperty("kind").GetString(), r.GetProperty("level").GetString())));
    }

    [Fact]
    public void HelpUri_BundledRulesPointAtTheirPageCustomRulesAtTheirOwnOrNone()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var rules = Path.Combine(dir, "rules");
        Directory.CreateDirectory(rules);
        var source = File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "gateway", "gateway-sg-open-ingress.yaml"));
        File.WriteAllText(Path.Combine(rules, "own.yaml"), source.Replace("id: LATTICE-GW-001", "id: ACME-GW-001").Replace("name: gateway-sg-open-ingress", "name: acme-gateway-open"));
        File.WriteAllText(Path.Combine(rules, "linked.yaml"), source.Replace("id: LATTICE-GW-001", "id: ACME-GW-002").Replace("name: gateway-sg-open-ingress", "name: acme-gateway-linked")
            + "help_uri: https://wiki.example.com/acme-gw-002\n");
        var sarif = Path.Combine(dir, "o.sarif");
        var r = CliRunner.Run([.. Example, "--rules", rules, "--sarif", sarif]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        var descriptors = Run(sarif).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetString()!, d => d.TryGetProperty("helpUri", out var u) ? u.GetString() : null);
        Assert.Equal("https://github.com/latticescan/latticescan/blob/main/docs/rules/LATTICE-GW-001.md", descriptors["LATTICE-GW-001"]);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "docs", "rules", "LATTICE-GW-001.md")));
        Assert.Null(descriptors["ACME-GW-001"]);
        Assert.Equal("https://wiki.example.com/acme-gw-002", descriptors["ACME-GW-002"]);
    }
}
