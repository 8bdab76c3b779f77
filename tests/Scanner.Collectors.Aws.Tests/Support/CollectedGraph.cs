using Scanner.Core.Inventory;

namespace Scanner.Collectors.Aws.Tests.Support;

/// <summary>Reading a collected inventory in assertions: keys by kind, a resource by key, a relation's targets as text.</summary>
internal static class CollectedGraph
{
    public static string[] KeysOf(AwsCollectionResult r, string kind) =>
        r.Collection.Resources.Where(x => x.Kind == kind).Select(x => x.Key).ToArray();

    public static Resource Get(InventoryGraph g, string key) => g.Find(key) ?? throw new Xunit.Sdk.XunitException("missing " + key);

    /// <summary>The known targets of a relation in key order, then "+N unknown" when the relation has unknown edges.</summary>
    public static string Follow(InventoryGraph g, string key, string relation)
    {
        var edges = g.Follow(Get(g, key), relation);
        return Edges(edges.Count(e => e.IsUnknown), edges.Where(e => !e.IsUnknown).Select(e => e.Resource!.Key).ToArray());
    }

    /// <summary>What <see cref="Follow"/> gives for these targets.</summary>
    public static string Edges(int unknown, params string[] known) =>
        string.Join(" ", known.Order(StringComparer.Ordinal).Concat(unknown > 0 ? [$"+{unknown} unknown"] : []));
}
