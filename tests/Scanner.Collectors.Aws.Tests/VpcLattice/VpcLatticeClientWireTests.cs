using Scanner.Collectors.Aws.Protocol;
using Scanner.Collectors.Aws.Tests.Support;
using Scanner.Collectors.Aws.VpcLattice;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using static Scanner.FakeAws.FieldReportIds;

namespace Scanner.Collectors.Aws.Tests.VpcLattice;

public sealed class VpcLatticeClientWireTests
{
    private static async Task<(FakeAwsServer Aws, VpcLatticeClient Client)> ProviderClient(int maxRetries = 2, TimeSpan? timeout = null, HttpClient? http = null)
    {
        var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var options = FakeAwsFixture.Options(aws, Tokyo, aws.CreateStaticCredentials(Provider), maxRetries) with
        {
            CallTimeout = timeout ?? TimeSpan.FromSeconds(5),
            HttpClient = http,
        };
        return (aws, new VpcLatticeClient(options));
    }

    [Fact]
    public async Task GetResourcePolicy_ArnInPath_DoubleEncodedSignatureAccepted()
    {
        var (aws, client) = await ProviderClient();
        await using var _ = aws;

        var policy = await client.GetResourcePolicyAsync($"arn:aws:vpc-lattice:{Tokyo}:{Provider}:resourceconfiguration/{SqlServerConfig}");

        Assert.NotNull(policy);
        Assert.Contains("\"Principal\":\"*\"", policy);
        Assert.Equal(200, aws.Calls.Single(c => c.Operation == "GetResourcePolicy").StatusCode);
    }

    [Fact]
    public async Task GetAuthPolicy_ArnInPath_ReturnsPolicyAndState()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var client = new VpcLatticeClient(FakeAwsFixture.Options(aws, Virginia, aws.CreateStaticCredentials(AppConsumer)));

        var policy = await client.GetAuthPolicyAsync($"arn:aws:vpc-lattice:{Virginia}:{AppConsumer}:servicenetwork/{VirginiaNetwork}");

        Assert.NotNull(policy);
        Assert.Equal("Active", policy.State);
        Assert.Contains("aws:PrincipalOrgID", policy.Policy);
    }

    [Fact]
    public async Task GetResourcePolicy_NoPolicyAttached_ReturnsNull()
    {
        var (aws, client) = await ProviderClient();
        await using var _ = aws;

        var policy = await client.GetResourcePolicyAsync($"arn:aws:vpc-lattice:{Tokyo}:{Provider}:resourceconfiguration/{AuroraConfig}");

        Assert.Null(policy);
        Assert.Equal(404, aws.Calls.Single(c => c.Operation == "GetResourcePolicy").StatusCode);
    }

    [Fact]
    public async Task ListResourceGateways_TamperedSignature_RejectedAsInvalidSignature()
    {
        using var http = new HttpClient(new TamperingHandler());
        var (aws, client) = await ProviderClient(http: http);
        await using var _ = aws;

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => client.ListResourceGatewaysAsync().ToListAsync().AsTask());

        Assert.Equal("InvalidSignatureException", e.ErrorCode);
        Assert.Equal(403, e.StatusCode);
        Assert.Equal("vpc-lattice:ListResourceGateways", e.Api);
    }

    [Fact]
    public async Task ListResourceGateways_WrongSecret_RejectedAsInvalidSignature()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var real = aws.CreateStaticCredentials(Provider);
        var client = new VpcLatticeClient(FakeAwsFixture.Options(aws, Tokyo, real with { SecretAccessKey = real.SecretAccessKey + "x" }));

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => client.ListResourceGatewaysAsync().ToListAsync().AsTask());

        Assert.Equal("InvalidSignatureException", e.ErrorCode);
    }

    [Fact]
    public async Task ListResourceGateways_ThrottledTwice_RetriesThenSucceeds()
    {
        var (aws, client) = await ProviderClient(maxRetries: 3);
        await using var _ = aws;
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.Throttle) { Operation = "ListResourceGateways", Times = 2 });

        var gateways = await client.ListResourceGatewaysAsync().ToListAsync();

        Assert.Equal([AuroraGateway, SqlServerGateway], gateways.Select(g => g.Id));
        Assert.Equal([429, 429, 200], aws.Calls.Where(c => c.Operation == "ListResourceGateways").Select(c => c.StatusCode));
    }

    [Fact]
    public async Task GetResourceConfiguration_ServerErrorBurst_RecoversWithinRetries()
    {
        var (aws, client) = await ProviderClient(maxRetries: 3);
        await using var _ = aws;
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.ServerError) { Operation = "GetResourceConfiguration", Times = 3 });

        var config = await client.GetResourceConfigurationAsync(AuroraConfig);

        Assert.Equal(["5432"], config.PortRanges);
        Assert.Equal(4, aws.Calls.Count(c => c.Operation == "GetResourceConfiguration"));
    }

    [Fact]
    public async Task ListServiceNetworks_AlwaysThrottled_FailsAfterBoundedRetries()
    {
        var (aws, client) = await ProviderClient(maxRetries: 2);
        await using var _ = aws;
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.Throttle) { Operation = "ListServiceNetworks" });

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => client.ListServiceNetworksAsync().ToListAsync().AsTask());

        Assert.True(e.IsThrottling);
        Assert.Equal("ThrottlingException", e.ErrorCode);
        Assert.Equal(3, aws.Calls.Count(c => c.Operation == "ListServiceNetworks"));
    }

    [Fact]
    public async Task ListResourceGateways_AccessDenied_TypedErrorNamesServiceOperationAccountRegion()
    {
        var (aws, client) = await ProviderClient();
        await using var _ = aws;
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.AccessDenied) { Operation = "ListResourceGateways" });

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => client.ListResourceGatewaysAsync().ToListAsync().AsTask());

        Assert.Equal(("vpc-lattice", "ListResourceGateways", "AccessDeniedException", 403, Provider, Tokyo),
            (e.Service, e.Operation, e.ErrorCode, e.StatusCode, e.AccountId, e.Region));
        Assert.True(e.IsAccessDenied);
        Assert.Equal(1, aws.Calls.Count(c => c.Operation == "ListResourceGateways"));
    }

    [Fact]
    public async Task ListResourceGateways_SlowService_TimesOutPerCall()
    {
        var (aws, client) = await ProviderClient(maxRetries: 0, timeout: TimeSpan.FromMilliseconds(200));
        await using var _ = aws;
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.Delay) { Operation = "ListResourceGateways", Delay = TimeSpan.FromSeconds(2) });

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => client.ListResourceGatewaysAsync().ToListAsync().AsTask());

        Assert.Equal(AwsErrorClassifier.TimeoutCode, e.ErrorCode);
        Assert.Equal(0, e.StatusCode);
    }

    [Fact]
    public async Task ListResourceConfigurations_Consumer_SeesOwnerArnOfSharedConfiguration()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var client = new VpcLatticeClient(FakeAwsFixture.Options(aws, Tokyo, aws.CreateStaticCredentials(AppConsumer)));

        var arns = await client.ListResourceConfigurationsAsync().Select(c => c.Arn).ToListAsync();

        Assert.Equal([$"arn:aws:vpc-lattice:{Tokyo}:{Provider}:resourceconfiguration/{AuroraConfig}",
            $"arn:aws:vpc-lattice:{Tokyo}:{Provider}:resourceconfiguration/{SqlServerConfig}"], arns.Order());
    }

    [Fact]
    public async Task ListAccessLogSubscriptions_ConsumerOfSharedConfiguration_AccessDenied()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var client = new VpcLatticeClient(FakeAwsFixture.Options(aws, Tokyo, aws.CreateStaticCredentials(AppConsumer)));

        var e = await Assert.ThrowsAsync<AwsServiceException>(() =>
            client.ListAccessLogSubscriptionsAsync($"arn:aws:vpc-lattice:{Tokyo}:{Provider}:resourceconfiguration/{AuroraConfig}").ToListAsync().AsTask());

        Assert.True(e.IsAccessDenied);
    }
}
