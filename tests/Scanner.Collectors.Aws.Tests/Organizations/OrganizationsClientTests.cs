using Scanner.Collectors.Aws.Organizations;
using Scanner.Collectors.Aws.Protocol;
using Scanner.Collectors.Aws.Tests.Support;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using static Scanner.FakeAws.FieldReportIds;

namespace Scanner.Collectors.Aws.Tests.Organizations;

public sealed class OrganizationsClientTests
{
    [Fact]
    public async Task ListAccounts_FiveMembersPagesOfTwo_ReturnsEveryMemberWithStatus()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var client = new OrganizationsClient(FakeAwsFixture.Options(aws, Tokyo));

        var accounts = await client.ListAccountsAsync().ToListAsync();

        Assert.Equal([Management, Provider, AppConsumer, Analytics, Suspended], accounts.Select(a => a.Id));
        Assert.False(accounts.Single(a => a.Id == Suspended).IsActive);
        Assert.Equal(3, aws.Calls.Count(c => c.Action == "organizations:ListAccounts"));
    }

    [Fact]
    public async Task Client_ScanRegionTokyo_SignsForUsEast1()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var client = new OrganizationsClient(FakeAwsFixture.Options(aws, Tokyo));

        var org = await client.DescribeOrganizationAsync();

        Assert.Equal(OrganizationId, org.Id);
        Assert.Equal("us-east-1", client.Endpoint.SigningRegion);
        Assert.Equal("us-east-1", aws.Calls.Single(c => c.Operation == "DescribeOrganization").Region);
    }

    [Fact]
    public async Task ListChildrenAndAccountsForParent_WorkloadsOu_ReturnsItsAccounts()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var client = new OrganizationsClient(FakeAwsFixture.Options(aws, Virginia));

        var ous = await client.ListChildrenAsync(RootId, "ORGANIZATIONAL_UNIT").Select(c => c.Id).ToListAsync();
        var accounts = await client.ListAccountsForParentAsync(WorkloadsOu).Select(a => a.Id).ToListAsync();

        Assert.Equal([WorkloadsOu, SandboxOu], ous);
        Assert.Equal([Provider, AppConsumer], accounts);
    }

    [Fact]
    public async Task ListAccounts_MemberAccountCaller_AccessDeniedExceptionMapped()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var client = new OrganizationsClient(FakeAwsFixture.Options(aws, Tokyo, aws.CreateStaticCredentials(Provider)));

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => client.ListAccountsAsync().ToListAsync().AsTask());

        Assert.Equal(("organizations", "ListAccounts", "AccessDeniedException", 400), (e.Service, e.Operation, e.ErrorCode, e.StatusCode));
        Assert.Equal("us-east-1", e.Region);
    }

    [Fact]
    public async Task ListChildren_UnknownParent_ParentNotFoundException()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var client = new OrganizationsClient(FakeAwsFixture.Options(aws, Tokyo));

        var e = await Assert.ThrowsAsync<AwsServiceException>(() => client.ListChildrenAsync("ou-none-00000000", "ACCOUNT").ToListAsync().AsTask());

        Assert.Equal("ParentNotFoundException", e.ErrorCode);
    }

    [Fact]
    public async Task ListAccounts_TooManyRequestsOnce_Retried()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.Throttle) { Operation = "ListAccounts", Times = 1 });
        var client = new OrganizationsClient(FakeAwsFixture.Options(aws, Tokyo));

        var count = await client.ListAccountsAsync().CountAsync();

        Assert.Equal(5, count);
        Assert.Equal("TooManyRequestsException", aws.Calls.First(c => c.Operation == "ListAccounts").ErrorCode);
    }
}
