namespace Scanner.Cli.Tests;

/// <summary>Every flag is checked for the command and inputs it is used with: clearly invalid values and live-only flags in offline scans are usage errors, never ignored or exit 70.</summary>
public sealed class FlagValidationTests
{
    private static string Plan => Path.Combine(RepoPaths.Root, "examples/terraform/plan.json");

    private static void AssertUsageError(CliRunner.Result r, string fragment)
    {
        Assert.True(r.ExitCode == 2, $"exit {r.ExitCode}; stderr: {r.Stderr}");
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, "stderr: " + r.Stderr);
        Assert.Contains(fragment, lines[0]);
    }

    [Theory]
    [InlineData("not a region", "--regions: 'not a region' is not an AWS region name")]
    [InlineData("us-east-1,https://evil/", "is not an AWS region name")]
    [InlineData("", "--regions is empty")]
    [InlineData(" , ", "--regions is empty")]
    public void ScanAws_BadRegions_UsageError(string regions, string fragment)
    {
        var env = new Dictionary<string, string> { ["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE", ["AWS_SECRET_ACCESS_KEY"] = "x", ["AWS_REGION"] = "us-east-1" };
        AssertUsageError(CliRunner.Run(RepoPaths.Root, env, "scan", "--aws", "--regions", regions), fragment);
    }

    [Theory]
    [InlineData("--shard", "abc", "--shard 'abc' must be I/N")]
    [InlineData("--max-concurrency", "-5", "--max-concurrency must be at least 1")]
    [InlineData("--shard", "0/2", "--shard applies to live scans only")]
    [InlineData("--max-concurrency", "4", "--max-concurrency applies to live scans only")]
    [InlineData("--role-name", "Audit", "--role-name applies to live scans only")]
    [InlineData("--ou", "ou-ab12-cdefghij", "--ou applies to live scans only")]
    [InlineData("--verbose", null, "--verbose applies to live scans only")]
    public void ScanIac_LiveOnlyFlags_UsageError(string flag, string? value, string fragment)
    {
        string[] args = value is null ? ["scan", "--terraform-plan", Plan, flag] : ["scan", "--terraform-plan", Plan, flag, value];
        AssertUsageError(CliRunner.Run(args), fragment);
    }

    [Theory]
    [InlineData("not-an-org")]
    [InlineData("o-UPPER12345")]
    public void Scan_MalformedOrgId_UsageError(string orgId)
    {
        AssertUsageError(CliRunner.Run("scan", "--terraform-plan", Plan, "--org-id", orgId), "must look like o-a1b2c3d4e5");
    }

    [Fact]
    public void Scan_WellFormedOrgId_Accepted()
    {
        Assert.Equal(0, CliRunner.Run("scan", "--terraform-plan", Plan, "--org-id", "o-a1b2c3d4e5", "--fail-on", "none").ExitCode);
    }

    [Fact]
    public void Scan_RuleAndSkipTheSameRule_NoRuleLeft_UsageError()
    {
        AssertUsageError(CliRunner.Run("scan", "--terraform-plan", Plan, "--rule", "LATTICE-GW-004", "--skip-rule", "LATTICE-GW-004"), "left none of the");
    }
}
