using Scanner.AwsEmulator;
using Scanner.FakeAws;

namespace Scanner.Collectors.Aws.Tests.Support;

/// <summary>Runs the real collector against a fake, configured through the AWS_* variable lookup (no process env).</summary>
internal static class ScanRunner
{
    public static AwsScanOptions Options(FakeAwsServer aws, TextWriter? log = null, bool organization = true, params string[] regions) => new()
    {
        Organization = organization,
        Regions = regions.Length > 0 ? regions : [FieldReportIds.Tokyo, FieldReportIds.Virginia],
        Environment = Variables(aws),
        CallTimeout = TimeSpan.FromSeconds(5),
        MaxRetries = 3,
        RetryBaseDelay = TimeSpan.FromMilliseconds(2),
        MaxRetryDelay = TimeSpan.FromMilliseconds(20),
        MaxConcurrency = 8,
        Log = log,
    };

    public static Func<string, string?> Variables(FakeAwsServer aws, string region = FieldReportIds.Tokyo)
    {
        var vars = aws.EnvironmentVariables(region);
        return name => vars.TryGetValue(name, out var v) ? v : null;
    }

    public static Task<AwsCollectionResult> RunAsync(AwsScanOptions options) =>
        new AwsCollector().CollectAsync(options, null, CancellationToken.None);
}
