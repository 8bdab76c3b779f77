using Scanner.Core.Inventory;

namespace Scanner.Collectors.Aws.Collection;

/// <summary>
/// De-duplicates by key (the ARN) across accounts: the same shared configuration or network is listed by its owner
/// and by every consumer. The best-ranked copy wins (ties: the lowest collecting account, for determinism); the
/// result is ordered by kind and key, so output does not depend on scheduling.
/// </summary>
internal static class InventoryMerger
{
    public static IReadOnlyList<Resource> Merge(IEnumerable<CollectedResource> collected) =>
        collected
            .GroupBy(c => c.Resource.Key, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(c => c.Rank).ThenBy(c => c.CollectedBy, StringComparer.Ordinal).First().Resource)
            .OrderBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
}
