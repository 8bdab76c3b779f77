using Scanner.Core.Inventory;

namespace Scanner.Collectors.Aws.Collection;

/// <summary>A resource and how good this copy is: read by its owner, from a Get (detail) or only from a list or a peer.</summary>
internal sealed record CollectedResource(Resource Resource, string CollectedBy, bool Detail)
{
    /// <summary>Owner views beat consumer views; detail beats thin.</summary>
    public int Rank => (CollectedBy == Resource.AccountId ? 2 : 0) + (Detail ? 1 : 0);
}
