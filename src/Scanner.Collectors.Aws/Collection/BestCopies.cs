using System.Collections.Concurrent;

namespace Scanner.Collectors.Aws.Collection;

/// <summary>
/// The best copy of every resource collected so far, kept as units finish: a consumer's copy of a shared item is
/// dropped as soon as a better one (the owner's, a detailed one) is in, so memory holds one copy per resource rather
/// than every account's view until the end. "Best" is <see cref="InventoryMerger"/>'s order (higher
/// <see cref="CollectedResource.Rank"/>, then the lowest collecting account), so merging the kept copies gives what
/// merging every copy would.
/// </summary>
internal sealed class BestCopies
{
    private readonly ConcurrentDictionary<string, CollectedResource> _best = new(StringComparer.Ordinal);

    public void Add(CollectedResource copy) =>
        _best.AddOrUpdate(copy.Resource.Key, copy, (_, kept) => IsBetter(copy, kept) ? copy : kept);

    public IReadOnlyCollection<CollectedResource> Values => _best.Values.ToArray();

    private static bool IsBetter(CollectedResource copy, CollectedResource kept) =>
        copy.Rank != kept.Rank ? copy.Rank > kept.Rank : string.CompareOrdinal(copy.CollectedBy, kept.CollectedBy) < 0;
}
