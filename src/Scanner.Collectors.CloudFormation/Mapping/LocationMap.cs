using System.Diagnostics.CodeAnalysis;
using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// A resource's property locations in one exact-size array, in the order they were recorded, looked up by a linear
/// scan. A template resource records a handful of properties (each under its inventory name and its template
/// name), and a template holds tens of thousands of resources: a <see cref="Dictionary{TKey,TValue}"/> each would
/// cost three objects and hash tables. Larger sets stay dictionaries.
/// </summary>
internal sealed class LocationMap : IReadOnlyDictionary<string, SourceLocation>
{
    /// <summary>Sets of at most this many locations are kept as an array.</summary>
    public const int MaxEntries = 32;

    private static readonly IReadOnlyDictionary<string, SourceLocation> Empty =
        System.Collections.ObjectModel.ReadOnlyDictionary<string, SourceLocation>.Empty;

    private readonly KeyValuePair<string, SourceLocation>[] _entries;

    private LocationMap(KeyValuePair<string, SourceLocation>[] entries) => _entries = entries;

    /// <summary>A read-only copy of <paramref name="locations"/> (keys compared ordinally, as recorded).</summary>
    public static IReadOnlyDictionary<string, SourceLocation> Of(IReadOnlyDictionary<string, SourceLocation> locations) => locations.Count switch
    {
        0 => Empty,
        <= MaxEntries => new LocationMap([.. locations]),
        _ => new Dictionary<string, SourceLocation>(locations, StringComparer.Ordinal),
    };

    public int Count => _entries.Length;

    public SourceLocation this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    public IEnumerable<SourceLocation> Values => _entries.Select(e => e.Value);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out SourceLocation value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? _entries[i].Value : null;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, SourceLocation>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, SourceLocation>>)_entries).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (var i = 0; i < _entries.Length; i++)
            if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal)) return i;
        return -1;
    }
}
