using Scanner.Collectors.Aws.Protocol;
using Scanner.Collectors.Aws.Ram;
using Scanner.Collectors.Aws.Tests.Support;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using static Scanner.FakeAws.FieldReportIds;

namespace Scanner.Collectors.Aws.Tests.Ram;

public sealed class RamClientTests
{
    [Fact]
    public async Task GetResourceShares_SelfWithPageSizeOne_FollowsTokensToTheEnd()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        aws.PageSize = 1;
        var client = new RamClient(FakeAwsFixture.Options(aws, Tokyo, aws.CreateStaticCredentials(Provider)));

        var shares = await client.GetResourceSharesAsync(ResourceOwner.Self).ToListAsync();

        Assert.Equal(["aurora-to-apps", "sqlserver-to-partner", "orders-api-to-partner"], shares.Select(s => s.Name));
        Assert.Equal([false, true, true], shares.Select(s => s.AllowExternalPrincipals));
        Assert.Equal(3, aws.Calls.Count(c => c.Action == "ram:GetResourceShares"));
    }

    [Fact]
    public async Task GetResourceShares_OtherAccounts_ListsSharesFromProviderAndOutsidePartner()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var client = new RamClient(FakeAwsFixture.Options(aws, Tokyo, aws.CreateStaticCredentials(Analytics)));

        var owners = await client.GetResourceSharesAsync(ResourceOwner.OtherAccounts).Select(s => s.OwningAccountId).ToListAsync();

        // The app consumer's network, the provider's orders-api service and the partner's configuration.
        Assert.Equal([Provider, AppConsumer, ExternalPartner], owners.Order());
    }

    [Fact]
    public async Task GetResourceShareAssociations_Principals_KeepsRawExternalFlagAndStatus()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var client = new RamClient(FakeAwsFixture.Options(aws, Tokyo, aws.CreateStaticCredentials(Provider)));

        var rows = await client.GetResourceShareAssociationsAsync("PRINCIPAL").ToListAsync();

        Assert.Equal(6, rows.Count);
        Assert.Equal(2, rows.Count(r => r.AssociatedEntity == ExternalPartner));
        Assert.All(rows.Where(r => r.AssociatedEntity == ExternalPartner), r => Assert.True(r.External));
        Assert.All(rows.Where(r => r.AssociatedEntity != ExternalPartner), r => Assert.False(r.External));
        Assert.All(rows, r => Assert.Equal("ASSOCIATED", r.Status));
    }

    [Fact]
    public async Task ListResources_ShareFilter_ReturnsOnlyThatSharesResources()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var client = new RamClient(FakeAwsFixture.Options(aws, Tokyo, aws.CreateStaticCredentials(Provider)));
        var shareArn = $"arn:aws:ram:{Tokyo}:{Provider}:resource-share/{OutsideShare}";

        var resources = await client.ListResourcesAsync(ResourceOwner.Self, [shareArn]).ToListAsync();

        Assert.Equal([$"arn:aws:vpc-lattice:{Tokyo}:{Provider}:resourceconfiguration/{SqlServerConfig}"], resources.Select(r => r.Arn));
        Assert.Equal("vpc-lattice:ResourceConfiguration", resources[0].Type);
    }

    [Fact]
    public async Task ListResourceSharePermissions_NotOwner_AccessDeniedTyped()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var client = new RamClient(FakeAwsFixture.Options(aws, Tokyo, aws.CreateStaticCredentials(AppConsumer)));

        var e = await Assert.ThrowsAsync<AwsServiceException>(() =>
            client.ListResourceSharePermissionsAsync($"arn:aws:ram:{Tokyo}:{Provider}:resource-share/{InsideShare}").ToListAsync().AsTask());

        Assert.Equal(("ram", "ListResourceSharePermissions", AppConsumer), (e.Service, e.Operation, e.AccountId));
        Assert.True(e.IsAccessDenied);
    }
}
