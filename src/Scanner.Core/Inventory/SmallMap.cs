using System.Diagnostics.CodeAnalysis;

namespace Scanner.Core.Inventory;

/// <summary>
/// The dictionary view of a small map value, whose entries are one exact-size array in insertion order, looked up by a
/// linear scan. Most maps of an inventory hold a handful of entries (a port range, a principal, a rule peer, a
/// resource's tags), and a <see cref="Dictionary{TKey,TValue}"/> costs three objects and hash tables for them: the
/// value holds the array alone, and this view is made only when its entries are asked for.
/// </summary>
internal sealed class SmallMap(KeyValuePair<string, Value>[] entries) : IReadOnlyDictionary<string, Value>
{
    /// <summary>Maps with at most this many entries are small maps; larger ones are dictionaries.</summary>
    public const int MaxEntries = 8;

    public int Count => entries.Length;

    public Value this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => entries.Select(e => e.Key);

    public IEnumerable<Value> Values => entries.Select(e => e.Value);

    public bool ContainsKey(string key) => IndexOf(entries, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out Value value)
    {
        var i = IndexOf(entries, key);
        value = i >= 0 ? entries[i].Value : null;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, Value>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, Value>>)entries).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public static int IndexOf(KeyValuePair<string, Value>[] entries, string key, int count = -1)
    {
        var n = count < 0 ? entries.Length : count;
        for (var i = 0; i < n; i++)
            if (string.Equals(entries[i].Key, key, StringComparison.Ordinal)) return i;
        return -1;
    }
}
