using Scanner.Collectors.Aws.Protocol;
using Scanner.Collectors.Aws.Tests.Support;
using Scanner.Collectors.Aws.VpcLattice;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using static Scanner.FakeAws.FieldReportIds;

namespace Scanner.Collectors.Aws.Tests.Protocol;

public sealed class RequestPacerTests
{
    [Fact]
    public async Task Throttle_PacesThatAccountRegionAndApiOnly_AndTheRetryIsAnswered()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.Throttle) { Operation = "ListResourceGateways", Times = 1, PerKey = true });
        using var pacer = new RequestPacer();
        var options = FakeAwsFixture.Options(aws, Tokyo, aws.CreateStaticCredentials(Provider)) with { Pacer = pacer };
        var client = new VpcLatticeClient(options);

        Assert.Null(pacer.RateOf(Provider, Tokyo, "vpc-lattice:ListResourceGateways"));
        var gateways = await client.ListResourceGatewaysAsync().ToListAsync();
        var configurations = await client.ListResourceConfigurationsAsync().ToListAsync();

        Assert.NotEmpty(gateways);
        Assert.NotEmpty(configurations);
        // The throttled API learnt a rate; the API that was never throttled, and other regions, stay unlimited.
        Assert.NotNull(pacer.RateOf(Provider, Tokyo, "vpc-lattice:ListResourceGateways"));
        Assert.Null(pacer.RateOf(Provider, Tokyo, "vpc-lattice:ListResourceConfigurations"));
        Assert.Null(pacer.RateOf(Provider, Virginia, "vpc-lattice:ListResourceGateways"));
        var calls = aws.Calls.Where(c => c.Operation == "ListResourceGateways").ToList();
        Assert.Equal("ThrottlingException", calls[0].ErrorCode);
        Assert.Equal(429, calls[0].StatusCode);
        Assert.All(calls.Skip(1), c => Assert.Equal(200, c.StatusCode));
    }

    [Fact]
    public async Task Forget_DropsOnlyThatAccountsLearntRates()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.Throttle) { Operation = "ListResourceGateways", Times = 1, PerKey = true });
        using var pacer = new RequestPacer();
        foreach (var account in new[] { Provider, AppConsumer })
        {
            var options = FakeAwsFixture.Options(aws, Tokyo, aws.CreateStaticCredentials(account)) with { Pacer = pacer };
            await new VpcLatticeClient(options).ListResourceGatewaysAsync().ToListAsync();
        }
        Assert.NotNull(pacer.RateOf(Provider, Tokyo, "vpc-lattice:ListResourceGateways"));
        Assert.NotNull(pacer.RateOf(AppConsumer, Tokyo, "vpc-lattice:ListResourceGateways"));

        pacer.Forget(Provider);

        Assert.Null(pacer.RateOf(Provider, Tokyo, "vpc-lattice:ListResourceGateways"));
        Assert.NotNull(pacer.RateOf(AppConsumer, Tokyo, "vpc-lattice:ListResourceGateways"));
    }

    [Fact]
    public void MaxInFlight_DefaultIsTheSafetyBound_AUserCapReplacesIt()
    {
        using var unbounded = new RequestPacer();
        using var capped = new RequestPacer(4);
        Assert.Equal(RequestPacer.SafetyBound, unbounded.MaxInFlight);
        Assert.Equal(4, capped.MaxInFlight);
    }
}
