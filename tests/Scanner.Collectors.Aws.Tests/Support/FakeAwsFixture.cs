using Amazon.Runtime;
using Scanner.Collectors.Aws.Protocol;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using Scanner.AwsEmulator.World;

namespace Scanner.Collectors.Aws.Tests.Support;

/// <summary>Helpers to point the real clients at a running fake through the AWS_ENDPOINT_URL code path.</summary>
internal static class FakeAwsFixture
{
    public static AwsEndpointResolver Endpoints(FakeAwsServer server) =>
        AwsEndpointResolver.FromVariables(new Dictionary<string, string> { ["AWS_ENDPOINT_URL"] = server.BaseUrl.ToString() });

    public static AWSCredentials Credentials(EmulatedCredentials c) =>
        c.SessionToken is null ? new BasicAWSCredentials(c.AccessKeyId, c.SecretAccessKey) : new SessionAWSCredentials(c.AccessKeyId, c.SecretAccessKey, c.SessionToken);

    public static AwsClientOptions Options(FakeAwsServer server, string region, EmulatedCredentials? credentials = null, int maxRetries = 2) => new()
    {
        Credentials = Credentials(credentials ?? server.ManagementCredentials),
        Region = region,
        AccountId = (credentials ?? server.ManagementCredentials).AccountId,
        Endpoints = Endpoints(server),
        CallTimeout = TimeSpan.FromSeconds(5),
        Retry = new AwsRetryPolicy { MaxRetries = maxRetries, BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(50) },
    };

    /// <summary>A one-account world with <paramref name="gateways"/> gateways in us-east-1 and eu-west-1 apart.</summary>
    public static EmulatedWorld SmallWorld(int gateways = 5)
    {
        var world = new EmulatedWorld("o-abcdefghij", "111111111111");
        world.AllRegions.AddRange(["us-east-1", "eu-west-1"]);
        var account = world.AddAccount("111111111111", "management");
        for (var i = 0; i < gateways; i++)
            account.Region("us-east-1").Gateways.Add(new EmulatedGateway($"rgw-{i:D17}", $"gw-{i}", "vpc-0000000000000001", ["subnet-a"], ["sg-00000001"]));
        account.Region("eu-west-1").Gateways.Add(new EmulatedGateway("rgw-eu000000000000001", "gw-eu", "vpc-0000000000000002", ["subnet-b"], []));
        return world;
    }
}
