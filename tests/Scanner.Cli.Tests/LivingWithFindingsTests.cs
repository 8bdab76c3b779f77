using System.Text.Json;

namespace Scanner.Cli.Tests;

/// <summary>Suppressions, inline suppressions, baselines and --fail-on-new-only through the real CLI.</summary>
public class LivingWithFindingsTests
{
    private static readonly string Plan = Path.Combine(RepoPaths.Root, "examples", "terraform", "plan.json");
    private static readonly string Accounts = Path.Combine(RepoPaths.Root, "examples", "org-accounts.txt");

    private static JsonElement[] Findings(string jsonFile)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(jsonFile));
        return doc.RootElement.GetProperty("findings").EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    [Fact]
    public void Suppressions_AcceptedFindingsDoNotFailTheGate_AndExpiredOnesDo()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var supp = Path.Combine(dir, "supp.yaml");
        var json = Path.Combine(dir, "r.json");
        // Every high finding of the example accepted until 2099; the gate (fail-on high) passes.
        File.WriteAllText(supp, """
            suppressions:
              - rule: LATTICE-GW-001
                resource: "*aws_vpclattice_resource_gateway.db"
                reason: gateway group reviewed
                owner: platform
                expires: 2099-01-01
              - rule: LATTICE-SHARE-001
                resource: "aws_ram_resource_share.aurora"
                reason: partner contract C-1
                owner: security
                expires: 2099-01-01
            """);
        var ok = CliRunner.RunIn(RepoPaths.Root, null, "scan", "--terraform-plan", Plan, "--org-accounts", Accounts, "--rule", "LATTICE-GW-001", "--rule", "LATTICE-SHARE-001",
            "--suppressions", supp, "--json", json);
        Assert.True(ok.ExitCode == 0, ok.Stdout + ok.Stderr);
        var findings = Findings(json);
        Assert.Equal(2, findings.Length);
        Assert.All(findings, f => Assert.Equal(JsonValueKind.Object, f.GetProperty("suppression").ValueKind));

        File.WriteAllText(supp, File.ReadAllText(supp).Replace("2099-01-01", "2020-01-01"));
        var expired = CliRunner.RunIn(RepoPaths.Root, null, "scan", "--terraform-plan", Plan, "--org-accounts", Accounts, "--rule", "LATTICE-GW-001", "--rule", "LATTICE-SHARE-001",
            "--suppressions", supp, "--json", json);
        Assert.Equal(1, expired.ExitCode);
        Assert.Contains("expired on 2020-01-01", File.ReadAllText(json));
    }

    [Fact]
    public void Baseline_MarksNewAndUnchanged_AndFailOnNewOnlyIgnoresKnownFindings()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var baseline = Path.Combine(dir, "baseline.sarif");
        var first = CliRunner.RunIn(RepoPaths.Root, null, "scan", "--terraform-plan", Plan, "--org-accounts", Accounts, "--rule", "LATTICE-GW-001", "--sarif", baseline);
        Assert.Equal(1, first.ExitCode);

        var json = Path.Combine(dir, "second.json");
        var second = CliRunner.RunIn(RepoPaths.Root, null, "scan", "--terraform-plan", Plan, "--org-accounts", Accounts, "--baseline", baseline, "--fail-on-new-only", "--json", json);
        Assert.True(second.ExitCode == 0 || second.ExitCode == 1, second.Stderr);
        var findings = Findings(json);
        var gw = findings.Single(f => f.GetProperty("ruleId").GetString() == "LATTICE-GW-001");
        Assert.Equal("unchanged", gw.GetProperty("baselineState").GetString());
        Assert.All(findings.Where(f => f.GetProperty("ruleId").GetString() != "LATTICE-GW-001"),
            f => Assert.Equal("new", f.GetProperty("baselineState").GetString()));
        // New high findings exist besides the baseline's one, so the new-only gate still fails…
        var newHigh = findings.Any(f => f.GetProperty("baselineState").GetString() == "new" && f.GetProperty("severity").GetString() is "high" or "critical");
        Assert.Equal(newHigh ? 1 : 0, second.ExitCode);

        // …and with only the baselined rule selected, nothing is new: the gate passes.
        var third = CliRunner.RunIn(RepoPaths.Root, null, "scan", "--terraform-plan", Plan, "--org-accounts", Accounts, "--rule", "LATTICE-GW-001", "--baseline", baseline, "--fail-on-new-only");
        Assert.True(third.ExitCode == 0, third.Stdout + third.Stderr);
    }

    [Fact]
    public void FailOnNewOnly_WithoutBaseline_IsAUsageError()
    {
        var r = CliRunner.Run("scan", "--terraform-plan", Plan, "--fail-on-new-only");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--fail-on-new-only needs --baseline", r.Stderr);
    }

    [Fact]
    public void ConfigFile_InWorkingDirectory_SuppliesOrganizationAndSelection()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        File.Copy(Accounts, Path.Combine(dir, "accounts.txt"));
        File.WriteAllText(Path.Combine(dir, ".latticescan.yaml"), "organization:\n  accounts_file: accounts.txt\nrules:\n  include: [LATTICE-SHARE-001]\nfail_on: high\n");
        var r = CliRunner.RunIn(dir, null, "scan", "--terraform-plan", Plan, "--format", "json");
        Assert.Equal(1, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var ids = doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!).Distinct().ToArray();
        Assert.Equal(["LATTICE-SHARE-001"], ids);
    }

    [Fact]
    public void Suppressions_RoundTripThroughSarif_AndOmitLeavesThemOut()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var supp = Path.Combine(dir, "supp.yaml");
        File.WriteAllText(supp, "suppressions:\n  - rule: LATTICE-SHARE-001\n    resource: aws_ram_resource_share.aurora\n    reason: partner contract C-1\n    owner: security\n    expires: 2099-01-01\n");
        var sarif = Path.Combine(dir, "with.sarif");
        var omitted = Path.Combine(dir, "without.sarif");
        string[] common = ["scan", "--terraform-plan", Plan, "--org-accounts", Accounts, "--rule", "LATTICE-SHARE-001", "--suppressions", supp, "--fail-on", "none"];
        Assert.Equal(0, CliRunner.RunIn(RepoPaths.Root, null, [.. common, "--sarif", sarif, "--sarif-suppressed", "include"]).ExitCode);
        Assert.Equal(0, CliRunner.RunIn(RepoPaths.Root, null, [.. common, "--sarif", omitted]).ExitCode);

        using (var doc = JsonDocument.Parse(File.ReadAllText(sarif)))
        {
            var result = Assert.Single(doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
            var s = Assert.Single(result.GetProperty("suppressions").EnumerateArray());
            Assert.Equal("external", s.GetProperty("kind").GetString());
            Assert.Equal("accepted", s.GetProperty("status").GetString());
            Assert.Equal("partner contract C-1", s.GetProperty("justification").GetString());
        }
        using (var doc = JsonDocument.Parse(File.ReadAllText(omitted)))
            Assert.Empty(doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());

        // The SARIF with suppressions serves as a baseline: the same finding is unchanged, not new.
        var json = Path.Combine(dir, "again.json");
        Assert.Equal(0, CliRunner.RunIn(RepoPaths.Root, null, [.. common, "--baseline", sarif, "--json", json]).ExitCode);
        var finding = Assert.Single(Findings(json));
        Assert.Equal("unchanged", finding.GetProperty("baselineState").GetString());
        Assert.Equal("partner contract C-1", finding.GetProperty("suppression").GetProperty("reason").GetString());
    }
}
