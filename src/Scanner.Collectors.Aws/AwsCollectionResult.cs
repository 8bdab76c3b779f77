using Scanner.Core.Aws;
using Scanner.Core.Collection;

namespace Scanner.Collectors.Aws;

/// <summary>
/// A live scan's outcome: the inventory and diagnostics, the organization as AWS Organizations reported it, the
/// accounts actually read (credentials obtained), the regions, and the accounts skipped on purpose with the reason
/// (<c>200000000005: SUSPENDED</c>, <c>…: excluded</c>, <c>…: other shard</c>).
/// </summary>
public sealed record AwsCollectionResult(
    CollectionResult Collection,
    OrganizationContext Organization,
    IReadOnlyList<string> AccountsScanned,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> SkippedAccounts);
