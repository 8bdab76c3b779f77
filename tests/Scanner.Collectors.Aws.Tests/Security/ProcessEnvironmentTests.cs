using Scanner.AwsEmulator;
using Scanner.FakeAws;
using static Scanner.FakeAws.FieldReportIds;

namespace Scanner.Collectors.Aws.Tests.Security;

/// <summary>The one path through the real process environment (AWS_ENDPOINT_URL, keys, region); runs alone.</summary>
[Collection(nameof(ProcessEnvironmentCollection))]
public sealed class ProcessEnvironmentTests
{
    [Fact]
    public async Task CollectAsync_RealEnvironmentVariables_EndpointKeysAndRegionFromTheProcess()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var vars = new Dictionary<string, string>(aws.EnvironmentVariables(Virginia))
        {
            ["AWS_ENDPOINT_URL"] = "http://127.0.0.1:9/",
            ["AWS_ENDPOINT_URL_VPC_LATTICE"] = aws.BaseUrl.ToString(),
            ["AWS_ENDPOINT_URL_RAM"] = aws.BaseUrl.ToString(),
            ["AWS_ENDPOINT_URL_EC2"] = aws.BaseUrl.ToString(),
            ["AWS_ENDPOINT_URL_STS"] = aws.BaseUrl.ToString(),
            ["AWS_ENDPOINT_URL_ORGANIZATIONS"] = aws.BaseUrl.ToString(),
        };
        var saved = vars.Keys.Concat(["AWS_DEFAULT_REGION", "AWS_SESSION_TOKEN", "AWS_PROFILE"]).Distinct()
            .ToDictionary(k => k, Environment.GetEnvironmentVariable);
        try
        {
            foreach (var k in saved.Keys) Environment.SetEnvironmentVariable(k, vars.GetValueOrDefault(k));

            var result = await new AwsCollector().CollectAsync(new AwsScanOptions { Organization = true, MaxRetries = 0 }, null, CancellationToken.None);

            Assert.Empty(result.Collection.Diagnostics);
            Assert.Equal([Virginia], result.Regions);
            Assert.Equal([Management, Provider, AppConsumer, Analytics], result.AccountsScanned);
            Assert.Contains(result.Collection.Resources, r => r.Kind == "service_network" && r.Region == Virginia);
            Assert.All(aws.Calls.Where(c => c.Service != "organizations"), c => Assert.Equal(Virginia, c.Region));
        }
        finally
        {
            foreach (var (k, v) in saved) Environment.SetEnvironmentVariable(k, v);
        }
    }
}
