namespace Scanner.Collectors.Aws.Ram;

/// <summary>The AWS RAM read operations the collector uses, as paginated streams (SDK-shaped).</summary>
public interface IRamClient
{
    IAsyncEnumerable<ResourceShare> GetResourceSharesAsync(ResourceOwner resourceOwner, CancellationToken ct = default);

    IAsyncEnumerable<SharedResource> ListResourcesAsync(ResourceOwner resourceOwner, IReadOnlyList<string>? resourceShareArns = null,
        CancellationToken ct = default);

    /// <summary>Principal associations (status, raw external flag) of shares the caller owns.</summary>
    IAsyncEnumerable<ResourceShareAssociation> GetResourceShareAssociationsAsync(string associationType, IReadOnlyList<string>? resourceShareArns = null,
        CancellationToken ct = default);

    IAsyncEnumerable<ResourceShareAssociation> ListPrincipalsAsync(ResourceOwner resourceOwner, IReadOnlyList<string>? resourceShareArns = null,
        CancellationToken ct = default);

    IAsyncEnumerable<ResourceSharePermission> ListResourceSharePermissionsAsync(string resourceShareArn, CancellationToken ct = default);
}
