using System.Text.Json;
using Scanner.AwsEmulator;
using Scanner.FakeAws;

namespace Scanner.Cli.Tests;

/// <summary>
/// A live scan that AWS throttles gives the same findings as one it does not, with every account complete: the
/// collector's pacing and retries absorb the throttling (the real CLI with its default retry policy and no flags,
/// against the fake's throttling errors in each protocol's own shape: VPC Lattice and RAM ThrottlingException 429,
/// Organizations TooManyRequestsException, STS Throttling, EC2 RequestLimitExceeded 503).
/// </summary>
public class ThrottledScanTests
{
    private static readonly string[] Scan = ["scan", "--aws", "--org", "--regions", "all", "--format", "json", "--fail-on", "none"];

    private static bool IsThrottle(EmulatedCall c) => c.ErrorCode is "ThrottlingException" or "TooManyRequestsException" or "Throttling" or "RequestLimitExceeded";

    /// <summary>
    /// Every finding in full (rule, resource, severity, message, evidence …) and every diagnostic (the suspended
    /// account's note), in a stable order; none of level error (nothing incomplete).
    /// </summary>
    private static string[] Findings(CliRunner.Result r)
    {
        Assert.True(r.ExitCode == 0, $"exit {r.ExitCode} (3 = an account or call incomplete)\n{r.Stderr}");
        using var doc = JsonDocument.Parse(r.Stdout);
        var diagnostics = doc.RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.DoesNotContain(diagnostics, d => d.GetProperty("level").GetString() == "error");
        return doc.RootElement.GetProperty("findings").EnumerateArray().Concat(diagnostics).Select(f => f.GetRawText()).Order(StringComparer.Ordinal).ToArray();
    }

    private static async Task<string[]> UnthrottledAsync()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var findings = Findings(CliRunner.Run(Directory.CreateTempSubdirectory().FullName, aws.EnvironmentVariables(), Scan));
        Assert.DoesNotContain(aws.Calls, IsThrottle);
        Assert.NotEmpty(findings);
        return findings;
    }

    [Fact]
    public async Task ScanAwsOrg_FirstCallOfEveryKeyThrottled_SameFindingsAndNothingIncomplete()
    {
        var expected = await UnthrottledAsync();
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.Throttle) { Times = 1, PerKey = true });

        var findings = Findings(CliRunner.Run(Directory.CreateTempSubdirectory().FullName, aws.EnvironmentVariables(), Scan));

        Assert.Equal(expected, findings);
        // Every account, region and API the scan called was throttled exactly once (its first call to arrive; the log
        // records answers, which calls in flight together may finish in either order) and answered otherwise.
        var calls = aws.Calls;
        var keys = calls.GroupBy(c => (c.AccountId, c.Region, c.Service, c.Operation)).ToList();
        Assert.True(keys.Count > 20, $"{keys.Count} keys");
        Assert.All(keys, k =>
        {
            Assert.Single(k, IsThrottle);
            Assert.Contains(k, c => !IsThrottle(c));
        });
        foreach (var code in new[] { "ThrottlingException", "TooManyRequestsException", "Throttling", "RequestLimitExceeded" })
            Assert.Contains(calls, c => c.ErrorCode == code);
    }

    [Fact]
    public async Task ScanAwsOrg_RateLimitedTo2PerSecond_SameFindingsAndNothingIncomplete()
    {
        var expected = await UnthrottledAsync();
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        aws.RateLimitPerSecond = 2;

        var findings = Findings(CliRunner.Run(Directory.CreateTempSubdirectory().FullName, aws.EnvironmentVariables(), Scan));

        Assert.Equal(expected, findings);
        // The limit did bite (the scan had to learn it), and every call got its answer in the end.
        Assert.Contains(aws.Calls, IsThrottle);
    }
}
