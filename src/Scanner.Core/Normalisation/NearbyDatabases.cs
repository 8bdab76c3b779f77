namespace Scanner.Core.Normalisation;

/// <summary>
/// The databases a template or plan declares beside its resource configurations (the <c>nearbyDatabases</c> edges).
/// Every configuration is linked to the same few, so the edges grow with the number of configurations, never with
/// configurations × databases.
/// </summary>
public static class NearbyDatabases
{
    /// <summary>At most this many databases per configuration: the first ones the source declares.</summary>
    public const int Limit = 5;

    /// <summary>The keys to link, in declaration order, at most <see cref="Limit"/>.</summary>
    public static IReadOnlyList<string> Pick(IEnumerable<string> databaseKeysInDeclarationOrder)
    {
        var picked = new List<string>(Limit);
        foreach (var key in databaseKeysInDeclarationOrder)
        {
            if (picked.Count == Limit) break;
            picked.Add(key);
        }
        return picked;
    }
}
