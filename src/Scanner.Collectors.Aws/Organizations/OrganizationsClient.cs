using System.Text.Json;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.Organizations;

/// <summary>
/// A thin awsJson1.1 client for AWS Organizations (API 2016-11-28): <c>POST /</c>,
/// <c>X-Amz-Target: AWSOrganizationsV20161128.&lt;Op&gt;</c>, PascalCase members, <c>MaxResults</c> ≤ 20.
/// Global: always signed for the partition's home region (us-east-1 in aws), whatever region the scan uses.
/// </summary>
public sealed class OrganizationsClient : IOrganizationsClient
{
    private const string TargetPrefix = "AWSOrganizationsV20161128";
    private const int PageSize = 20;
    private readonly AwsJsonTransport _transport;

    public OrganizationsClient(AwsClientOptions options) => _transport = new AwsJsonTransport(options, AwsService.Organizations);

    public AwsEndpoint Endpoint => _transport.Endpoint;

    public async Task<Organization> DescribeOrganizationAsync(CancellationToken ct = default)
    {
        using var doc = await _transport.RpcAsync("DescribeOrganization", TargetPrefix, _ => { }, ct).ConfigureAwait(false);
        return Organization.FromJson(doc.RootElement.Obj("Organization") ?? default);
    }

    public IAsyncEnumerable<OrganizationAccount> ListAccountsAsync(CancellationToken ct = default) =>
        List("ListAccounts", "Accounts", _ => { }, OrganizationAccount.FromJson, ct);

    public IAsyncEnumerable<OrganizationChild> ListChildrenAsync(string parentId, string childType, CancellationToken ct = default) =>
        List("ListChildren", "Children", w =>
        {
            w.WriteString("ParentId", parentId);
            w.WriteString("ChildType", childType);
        }, e => new OrganizationChild(e.Str("Id") ?? "", e.Str("Type") ?? ""), ct);

    public IAsyncEnumerable<OrganizationAccount> ListAccountsForParentAsync(string parentId, CancellationToken ct = default) =>
        List("ListAccountsForParent", "Accounts", w => w.WriteString("ParentId", parentId), OrganizationAccount.FromJson, ct);

    private IAsyncEnumerable<T> List<T>(string operation, string itemsKey, Action<Utf8JsonWriter> members, Func<JsonElement, T> item, CancellationToken ct) =>
        Paginator.All<T>(async (token, t) =>
        {
            using var doc = await _transport.RpcAsync(operation, TargetPrefix, w =>
            {
                members(w);
                w.WriteNumber("MaxResults", PageSize);
                if (token is not null) w.WriteString("NextToken", token);
            }, t).ConfigureAwait(false);
            return (doc.RootElement.Array(itemsKey).Select(item).ToList(), doc.RootElement.Str("NextToken"));
        }, ct);
}
