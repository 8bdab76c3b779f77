using System.Text.Json;

namespace Scanner.Cli.Tests;

/// <summary>A scan that could not judge says so: no organization, no rules, suppressions that match nothing, unknown properties.</summary>
public class SilentPassTests
{
    private static readonly string[] Plan = ["scan", "--terraform-plan", "examples/terraform/plan.json"];

    [Fact]
    public void NoOrganizationContext_WarnsInTheSummaryAndInSarif()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var sarif = Path.Combine(dir, "o.sarif");
        var r = CliRunner.Run([.. Plan, "--fail-on", "none", "--sarif", sarif]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Matches(@"warning\s+NoOrganizationContext\s+no organization context", r.Stdout);
        Assert.Contains("LATTICE-SHARE-001", r.Stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(sarif));
        var notes = doc.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray();
        Assert.Contains(notes, n => n.GetProperty("descriptor").GetProperty("id").GetString() == "NoOrganizationContext" && n.GetProperty("level").GetString() == "warning");
    }

    [Fact]
    public void NoOrganizationContext_WithOrganization_NoWarning()
    {
        var r = CliRunner.Run([.. Plan, "--fail-on", "none", "--org-accounts", "examples/org-accounts.txt"]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.DoesNotContain("NoOrganizationContext", r.Stdout);
    }

    [Fact]
    public void RequireOrg_WithoutOrganization_Exits2NamingTheRules()
    {
        var r = CliRunner.Run([.. Plan, "--require-org"]);
        Assert.Equal(2, r.ExitCode);
        var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("no organization context", line);
        Assert.Contains("LATTICE-SHARE-001", line);
    }

    [Fact]
    public void RequireOrg_WithRulesThatDoNotNeedIt_Runs()
    {
        var r = CliRunner.Run([.. Plan, "--require-org", "--rule", "LATTICE-GW-001", "--fail-on", "none"]);
        Assert.True(r.ExitCode == 0, r.Stderr);
    }

    [Fact]
    public void TagMatchingNoRule_Exits2()
    {
        var r = CliRunner.Run([.. Plan, "--tag", "nosuchtag"]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no rule selected: --tag nosuchtag", r.Stderr);
        Assert.DoesNotContain("No findings", r.Stdout);
    }

    [Fact]
    public void Suppressions_UnknownRuleAndUnmatchedPattern_Warn()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var file = Path.Combine(dir, "suppressions.yaml");
        File.WriteAllText(file, """
            suppressions:
              - rule: LATTICE-SHARE-01
                resource: "*"
                reason: misspelt rule id
              - rule: LATTICE-GW-001
                resource: "aws_vpclattice_resource_gateway.no_such_gateway"
                reason: pattern that matches nothing
            """);
        var json = Path.Combine(dir, "r.json");
        var r = CliRunner.Run([.. Plan, "--org-accounts", "examples/org-accounts.txt", "--suppressions", file, "--json", json, "--fail-on", "none"]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var warnings = doc.RootElement.GetProperty("errors").EnumerateArray()
            .Where(e => e.GetProperty("level").GetString() == "warning").ToDictionary(e => e.GetProperty("code").GetString()!, e => e);
        Assert.Contains("'LATTICE-SHARE-01'", warnings["SuppressionUnknownRule"].GetProperty("message").GetString());
        Assert.Equal(2, warnings["SuppressionUnknownRule"].GetProperty("line").GetInt32());
        Assert.Contains("no_such_gateway", warnings["SuppressionUnmatched"].GetProperty("message").GetString());
        Assert.Contains("SuppressionUnknownRule", r.Stdout);
    }

    [Fact]
    public void CloudFormation_PropertyTheTypeDoesNotHave_Warns()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(dir, "t.yaml"), """
            Resources:
              Config:
                Type: AWS::VpcLattice::ResourceConfiguration
                Properties:
                  Name: db
                  ResourceConfigurationType: SINGLE
                  ResourceGatewayIdentifier: rgw-0123456789abcdef0
                  AllowAssociationToShareableServiceNetwork: true
                  PortRanges: ["5432"]
            """);
        var r = CliRunner.RunIn(dir, null, "scan", "--cloudformation", "t.yaml", "--format", "json", "--fail-on", "none");
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        var unknown = doc.RootElement.GetProperty("errors").EnumerateArray().Where(e => e.GetProperty("code").GetString() == "UnknownProperty").ToList();
        Assert.Equal(2, unknown.Count);
        Assert.Contains(unknown, e => e.GetProperty("message").GetString()!.Contains("'ResourceGatewayIdentifier'") && e.GetProperty("line").GetInt32() == 7);
        Assert.Contains(unknown, e => e.GetProperty("message").GetString()!.Contains("did you mean 'AllowAssociationToSharableServiceNetwork'?"));
        Assert.All(unknown, e => Assert.Equal("warning", e.GetProperty("level").GetString()));
    }

    [Fact]
    public void Config_MissingRulesFolder_NamesTheConfigFileLineAndColumn()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(dir, ".latticescan.yaml"), "rules:\n  folders: [./custom-rules]\n");
        File.Copy(Path.Combine(RepoPaths.Root, "examples", "terraform", "plan.json"), Path.Combine(dir, "plan.json"));
        var r = CliRunner.RunIn(dir, null, "scan", "--terraform-plan", "plan.json");
        Assert.Equal(2, r.ExitCode);
        var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("latticescan: error: .latticescan.yaml:2:13: rules.folders: folder './custom-rules' not found", line);
    }

    [Fact]
    public void Config_ReadmeExample_RunsAsWritten()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var blocks = MarkdownCommands.FencedBlocks(readme).Where(b => b.Language == "yaml").Select(b => b.Text).ToList();
        var config = Assert.Single(blocks, b => b.StartsWith("organization:", StringComparison.Ordinal));
        var suppressions = Assert.Single(blocks, b => b.StartsWith("suppressions:", StringComparison.Ordinal));
        var dir = Directory.CreateTempSubdirectory().FullName;
        MarkdownCommands.CopyDirectory(Path.Combine(RepoPaths.Root, "examples"), Path.Combine(dir, "examples"));
        Directory.CreateDirectory(Path.Combine(dir, "custom-rules"));
        File.WriteAllText(Path.Combine(dir, ".latticescan.yaml"), config);
        File.WriteAllText(Path.Combine(dir, ".latticescan-suppressions.yaml"), suppressions);

        var r = CliRunner.RunIn(dir, null, "scan", "--terraform-plan", "examples/terraform/plan.json", "--format", "json");

        Assert.True(r.ExitCode is 0 or 1, $"exit {r.ExitCode}: {r.Stderr}");
        using var doc = JsonDocument.Parse(r.Stdout);
        var rules = doc.RootElement.GetProperty("rules").EnumerateArray().Select(x => x.GetProperty("id").GetString()).ToList();
        Assert.DoesNotContain("LATTICE-SHARE-003", rules);
        Assert.Equal("o-a1b2c3d4e5", doc.RootElement.GetProperty("scan").GetProperty("organizationId").GetString());
        Assert.Equal("low", doc.RootElement.GetProperty("rules").EnumerateArray().Single(x => x.GetProperty("id").GetString() == "LATTICE-LOG-001").GetProperty("severity").GetString());
    }
}
