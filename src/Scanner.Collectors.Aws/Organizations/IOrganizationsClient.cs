namespace Scanner.Collectors.Aws.Organizations;

/// <summary>The AWS Organizations reads the collector uses (management account or delegated administrator).</summary>
public interface IOrganizationsClient
{
    Task<Organization> DescribeOrganizationAsync(CancellationToken ct = default);
    IAsyncEnumerable<OrganizationAccount> ListAccountsAsync(CancellationToken ct = default);

    /// <summary><paramref name="childType"/>: ACCOUNT or ORGANIZATIONAL_UNIT.</summary>
    IAsyncEnumerable<OrganizationChild> ListChildrenAsync(string parentId, string childType, CancellationToken ct = default);
    IAsyncEnumerable<OrganizationAccount> ListAccountsForParentAsync(string parentId, CancellationToken ct = default);
}
