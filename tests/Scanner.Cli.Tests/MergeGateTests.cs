using System.Text.Json;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using static Scanner.FakeAws.FieldReportIds;

namespace Scanner.Cli.Tests;

/// <summary>merge decides a report like scan: --fail-on, config, suppressions, baseline, and exit 3 for an incomplete inventory.</summary>
public class MergeGateTests
{
    private static async Task<(string Dir, string Snapshot)> PartialSnapshot()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.AccessDenied) { Service = "vpc-lattice", Operation = "ListResourceGateways", AccountId = AppConsumer, Region = Virginia });
        var dir = Directory.CreateTempSubdirectory().FullName;
        var c = CliRunner.Run(dir, aws.EnvironmentVariables(), "collect", "--aws", "--org", "--regions", "all", "--allow-partial", "--output", "partial.json");
        Assert.True(c.ExitCode == 0, $"exit {c.ExitCode}: {c.Stderr}");
        return (dir, Path.Combine(dir, "partial.json"));
    }

    [Fact]
    public async Task Merge_IncompleteSnapshotWithFindings_Exits3UnlessAllowPartial()
    {
        var (dir, snapshot) = await PartialSnapshot();
        var strict = CliRunner.RunIn(dir, null, "merge", snapshot, "--sarif", "all.sarif");
        Assert.True(strict.ExitCode == 3, $"exit {strict.ExitCode}: {strict.Stderr}");
        var partial = CliRunner.RunIn(dir, null, "merge", snapshot, "--sarif", "all.sarif", "--allow-partial");
        Assert.Equal(1, partial.ExitCode);
        var snapshotOnly = CliRunner.RunIn(dir, null, "merge", snapshot, "--output", "merged.json");
        Assert.Equal(3, snapshotOnly.ExitCode);
    }

    [Fact]
    public async Task Merge_FailOnSuppressionsAndConfig_DecideLikeScan()
    {
        var (dir, snapshot) = await PartialSnapshot();
        var none = CliRunner.RunIn(dir, null, "merge", snapshot, "--json", "r.json", "--allow-partial", "--fail-on", "NONE");
        Assert.True(none.ExitCode == 0, none.Stderr);

        File.WriteAllText(Path.Combine(dir, "s.yaml"), "suppressions:\n  - rule: \"*\"\n    resource: \"*\"\n    reason: accepted for this test\n");
        var suppressed = CliRunner.RunIn(dir, null, "merge", snapshot, "--json", "r.json", "--allow-partial", "--suppressions", "s.yaml");
        Assert.True(suppressed.ExitCode == 0, suppressed.Stderr);
        using (var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "r.json"))))
            Assert.All(doc.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.NotEqual(JsonValueKind.Null, f.GetProperty("suppression").ValueKind));

        // The organization holds one critical finding (LATTICE-SVC-002, orders-api): fail_on critical fails, and fail_on
        // none passes where the default threshold (high) would fail.
        File.WriteAllText(Path.Combine(dir, ".latticescan.yaml"), "fail_on: critical\n");
        var critical = CliRunner.RunIn(dir, null, "merge", snapshot, "--json", "r.json", "--allow-partial");
        Assert.True(critical.ExitCode == 1, $"exit {critical.ExitCode}: {critical.Stderr}");
        File.WriteAllText(Path.Combine(dir, ".latticescan.yaml"), "fail_on: none\n");
        var config = CliRunner.RunIn(dir, null, "merge", snapshot, "--json", "r.json", "--allow-partial");
        Assert.True(config.ExitCode == 0, config.Stderr);
    }

    [Fact]
    public async Task Merge_Baseline_MarksFindingsAndFailsOnNewOnly()
    {
        var (dir, snapshot) = await PartialSnapshot();
        var first = CliRunner.RunIn(dir, null, "merge", snapshot, "--json", "base.json", "--allow-partial", "--fail-on", "none");
        Assert.True(first.ExitCode == 0, first.Stderr);
        var again = CliRunner.RunIn(dir, null, "merge", snapshot, "--json", "r.json", "--allow-partial", "--baseline", "base.json", "--fail-on-new-only");
        Assert.True(again.ExitCode == 0, again.Stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "r.json")));
        Assert.All(doc.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.Equal("unchanged", f.GetProperty("baselineState").GetString()));
    }
}
