using Amazon.Runtime;
using Scanner.Collectors.Aws.Protocol;
using Scanner.Collectors.Aws.Sts;
using Scanner.Collectors.Aws.Tests.Support;
using Scanner.Collectors.Aws.VpcLattice;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using static Scanner.FakeAws.FieldReportIds;

namespace Scanner.Collectors.Aws.Tests.Sts;

public sealed class SecurityTokenClientTests
{
    [Fact]
    public async Task GetCallerIdentity_ManagementKeys_ReturnsManagementAccount()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        using var sts = new SecurityTokenClient(FakeAwsFixture.Options(aws, Tokyo));

        var id = await sts.GetCallerIdentityAsync();

        Assert.Equal(Management, id.Account);
    }

    [Fact]
    public async Task AssumeRole_ExistingRole_SessionActsAsMemberAccount()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        using var sts = new SecurityTokenClient(FakeAwsFixture.Options(aws, Tokyo));

        var session = await sts.AssumeRoleAsync($"arn:aws:iam::{Provider}:role/{RoleName}", "latticescan", null, TimeSpan.FromHours(1));
        var lattice = new VpcLatticeClient(FakeAwsFixture.Options(aws, Tokyo) with { Credentials = session, AccountId = Provider });
        var gateways = await lattice.ListResourceGatewaysAsync().Select(g => g.Id).ToListAsync();

        Assert.Equal([AuroraGateway, SqlServerGateway], gateways);
        Assert.Equal(Provider, aws.Calls.Single(c => c.Operation == "ListResourceGateways").AccountId);
    }

    [Fact]
    public async Task AssumeRole_AccountWithoutRole_AccessDenied()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        using var sts = new SecurityTokenClient(FakeAwsFixture.Options(aws, Tokyo));

        var e = await Assert.ThrowsAsync<AwsServiceException>(() =>
            sts.AssumeRoleAsync($"arn:aws:iam::{ExternalPartner}:role/{RoleName}", "latticescan", null, TimeSpan.FromHours(1)));

        Assert.Equal(("sts", "AssumeRole", "AccessDenied", 403), (e.Service, e.Operation, e.ErrorCode, e.StatusCode));
    }

    [Fact]
    public async Task AssumeRole_RequiredExternalIdMissing_AccessDeniedAndGivenIdAccepted()
    {
        var world = FakeScenarios.FieldReportOrganization();
        world.Account(Provider)!.RequiredExternalId = "scan-2026";
        await using var aws = await FakeAwsServer.StartAsync(world);
        using var sts = new SecurityTokenClient(FakeAwsFixture.Options(aws, Tokyo));
        var role = $"arn:aws:iam::{Provider}:role/{RoleName}";

        var denied = await Assert.ThrowsAsync<AwsServiceException>(() => sts.AssumeRoleAsync(role, "latticescan", null, TimeSpan.FromHours(1)));
        var session = await sts.AssumeRoleAsync(role, "latticescan", "scan-2026", TimeSpan.FromHours(1));
        using var asProvider = new SecurityTokenClient(FakeAwsFixture.Options(aws, Tokyo) with { Credentials = session });

        Assert.True(denied.IsAccessDenied);
        Assert.Equal(Provider, (await asProvider.GetCallerIdentityAsync()).Account);
    }

    [Fact]
    public async Task AssumeRole_DefaultClient_ReturnsSelfRenewingSession()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        using var sts = new SecurityTokenClient(FakeAwsFixture.Options(aws, Tokyo));

        var session = await sts.AssumeRoleAsync($"arn:aws:iam::{Provider}:role/{RoleName}", "latticescan", null, TimeSpan.FromHours(1));

        Assert.IsType<RoleSessionCredentials>(session);
        Assert.StartsWith("ASIAFAKE", (await session.GetCredentialsAsync()).AccessKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoleSessionCredentials_NearExpiry_RenewsOnceAndServesTheNewSession()
    {
        var renewals = 0;
        var session = new RoleSessionCredentials(new ImmutableCredentials("ASIAFIRST", "s1", "t1"), DateTime.UtcNow.AddMinutes(10),
            () =>
            {
                Interlocked.Increment(ref renewals);
                return Task.FromResult(new RefreshingAWSCredentials.CredentialsRefreshState(new ImmutableCredentials("ASIASECOND", "s2", "t2"), DateTime.UtcNow.AddHours(1)));
            },
            renewBefore: TimeSpan.FromMinutes(10) - TimeSpan.FromMilliseconds(300));

        var first = await session.GetCredentialsAsync();
        await Task.Delay(400);
        // AWSSDK.Core 4 renews inside the pre-emption window in the background and serves the still-valid session meanwhile.
        var current = await session.GetCredentialsAsync();
        for (var i = 0; i < 40 && current.AccessKey == "ASIAFIRST"; i++)
        {
            await Task.Delay(50);
            current = await session.GetCredentialsAsync();
        }

        Assert.Equal(("ASIAFIRST", "ASIASECOND"), (first.AccessKey, current.AccessKey));
        Assert.Equal(1, renewals);
    }
}
