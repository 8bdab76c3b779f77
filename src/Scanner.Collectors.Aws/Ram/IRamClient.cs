namespace Scanner.Collectors.Aws.Ram;

/// <summary>The AWS RAM read operations the collector uses, as paginated streams (SDK-shaped).</summary>
public interface IRamClient
{
    /// <summary>
    /// Shares the caller owns (SELF) or that are shared with it (OTHER-ACCOUNTS); <paramref name="resourceShareStatus"/>
    /// (ACTIVE, PENDING, FAILED, DELETING, DELETED) narrows them — without it RAM also returns deleted shares.
    /// </summary>
    IAsyncEnumerable<ResourceShare> GetResourceSharesAsync(ResourceOwner resourceOwner, string? resourceShareStatus = null, CancellationToken ct = default);

    IAsyncEnumerable<SharedResource> ListResourcesAsync(ResourceOwner resourceOwner, IReadOnlyList<string>? resourceShareArns = null,
        CancellationToken ct = default);

    /// <summary>Principal associations (status, raw external flag) of shares the caller owns.</summary>
    IAsyncEnumerable<ResourceShareAssociation> GetResourceShareAssociationsAsync(string associationType, IReadOnlyList<string>? resourceShareArns = null,
        CancellationToken ct = default);


    IAsyncEnumerable<ResourceSharePermission> ListResourceSharePermissionsAsync(string resourceShareArn, CancellationToken ct = default);
}
