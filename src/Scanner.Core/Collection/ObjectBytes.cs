using Scanner.Core.Inventory;

namespace Scanner.Core.Collection;

/// <summary>
/// Estimated sizes of the objects an inventory is made of, on a 64-bit runtime (a 16-byte object header, 8-byte
/// references, arrays with an 8-byte length), for <see cref="InputMemoryBudget"/>. Estimates, checked against heap
/// snapshots of real and generated inputs (docs/benchmarks.md): close, never exact.
/// </summary>
public static class ObjectBytes
{
    /// <summary>A <see cref="Value"/> (header and payload reference).</summary>
    public const int Value = 24;

    /// <summary>A boxed number (a number value's payload).</summary>
    public const int BoxedNumber = 24;

    /// <summary>A <see cref="ResourceReference"/> (its texts are the document's, shared).</summary>
    public const int Reference = 32;

    /// <summary>A <see cref="SourceLocation"/>.</summary>
    public const int Location = 48;

    /// <summary>A <see cref="Inventory.Resource"/> itself, without what it points to.</summary>
    public const int Resource = 136;

    /// <summary>An entry in a pool's dictionary or set (entry, bucket and the room a growing table keeps free).</summary>
    public const int PoolEntry = 40;

    /// <summary>A string of <paramref name="length"/> characters (UTF-16, with its length and terminator).</summary>
    public static long Text(int length) => 24 + 2L * length;

    /// <summary>An array of <paramref name="count"/> references.</summary>
    public static long References(int count) => 24 + 8L * count;

    /// <summary>An array of <paramref name="count"/> key/value pairs (a small map's payload).</summary>
    public static long Pairs(int count) => 24 + 16L * count;

    /// <summary>A dictionary of <paramref name="count"/> entries (buckets and entries grown to fit).</summary>
    public static long Dictionary(int count) => 100 + 40L * count;

    /// <summary>
    /// A resource with what it alone holds: its key and address, location and property locations, reference list,
    /// aliases and inline suppressions. Its values and references are the pool's (<see cref="ValuePool.KeptBytes"/>);
    /// its name, id and ARN are usually texts of its values and are not counted again.
    /// </summary>
    public static long Of(Inventory.Resource resource)
    {
        var bytes = Resource + Text(resource.Key.Length);
        if (resource.Address is { } address) bytes += Text(address.Length);
        if (resource.Location is not null) bytes += Location;
        if (resource.PropertyLocations.Count > 0) bytes += Dictionary(resource.PropertyLocations.Count);
        if (resource.References.Count > 0) bytes += References(resource.References.Count);
        if (resource.Aliases.Count > 0)
        {
            bytes += References(resource.Aliases.Count);
            foreach (var alias in resource.Aliases) bytes += Text(alias.Length);
        }
        if (resource.InlineSuppressions.Count > 0) bytes += Dictionary(resource.InlineSuppressions.Count);
        return bytes;
    }
}
