using System.Globalization;
using System.Runtime.CompilerServices;

namespace Scanner.Core.Inventory;

/// <summary>
/// An immutable, source-independent property value: the one shape every collector produces and every rule reads.
/// <see cref="ValueKind.Unknown"/> is a first-class state, so "known after apply" is never mistaken for "empty".
/// A missing map key (absent) is distinct from an explicit <see cref="Null"/>.
/// </summary>
public sealed class Value : IEquatable<Value>
{
    private static readonly Value[] NoItems = [];
    private static readonly IReadOnlyDictionary<string, Value> NoEntries = new Dictionary<string, Value>(StringComparer.Ordinal);

    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    // Unknown's payload: no other value has it.
    private static readonly object UnknownPayload = new();

    // The one payload, whose type is the kind: the string, the boxed number or boolean, the items (an array), the
    // entries (an array of at most SmallMap.MaxEntries pairs, or a Dictionary), null for Null. An inventory holds
    // hundreds of thousands of values, so a value is that one reference (24 bytes), not a field per kind nor a kind
    // beside it.
    private readonly object? _payload;

    private Value(object? payload) => _payload = payload;

    // Read only where the kind is known to match (the constructor pairs every kind with its payload's type).
    private string StringPayload => Unsafe.As<string>(_payload!);
    private double NumberPayload => (double)_payload!;
    private bool BooleanPayload => (bool)_payload!;
    private IReadOnlyList<Value> ItemsPayload => Unsafe.As<IReadOnlyList<Value>>(_payload!);
    // A small map's pairs are the payload itself (no object around them); its dictionary view is made when asked for.
    private IReadOnlyDictionary<string, Value> EntriesPayload => _payload is KeyValuePair<string, Value>[] pairs
        ? new SmallMap(pairs)
        : Unsafe.As<Dictionary<string, Value>>(_payload!);

    public static Value Null { get; } = new(null);
    public static Value Unknown { get; } = new(UnknownPayload);
    public static Value True { get; } = new(BoxedTrue);
    public static Value False { get; } = new(BoxedFalse);
    public static Value EmptyList { get; } = new(NoItems);
    public static Value EmptyMap { get; } = new(NoEntries);

    public ValueKind Kind => _payload switch
    {
        string => ValueKind.String,
        null => ValueKind.Null,
        KeyValuePair<string, Value>[] or Dictionary<string, Value> => ValueKind.Map,
        Value[] => ValueKind.List,
        double => ValueKind.Number,
        bool => ValueKind.Boolean,
        _ => ValueKind.Unknown,
    };

    public bool IsUnknown => ReferenceEquals(_payload, UnknownPayload);
    public bool IsNull => _payload is null;
    public bool IsString => _payload is string;
    public bool IsNumber => _payload is double;
    public bool IsBoolean => _payload is bool;
    public bool IsList => _payload is Value[];
    public bool IsMap => _payload is KeyValuePair<string, Value>[] or Dictionary<string, Value>;

    /// <summary>The string of a <see cref="ValueKind.String"/> value; throws for any other kind.</summary>
    public string AsString => _payload as string ?? throw WrongKind(ValueKind.String);
    public double AsNumber => IsNumber ? NumberPayload : throw WrongKind(ValueKind.Number);
    public bool AsBoolean => IsBoolean ? BooleanPayload : throw WrongKind(ValueKind.Boolean);
    public IReadOnlyList<Value> Items => IsList ? ItemsPayload : throw WrongKind(ValueKind.List);
    public IReadOnlyDictionary<string, Value> Entries => IsMap ? EntriesPayload : throw WrongKind(ValueKind.Map);

    public static Value From(string? s) => s is null ? Null : new(s);
    public static Value From(double n) => new((object)n);
    public static Value From(bool b) => b ? True : False;
    public static Value List(IEnumerable<Value> items)
    {
        var list = items.ToArray();
        return list.Length == 0 ? EmptyList : new(list);
    }

    public static Value List(params Value[] items) => List((IEnumerable<Value>)items);

    public static Value Strings(IEnumerable<string> items) => List(items.Select(From));

    /// <summary>A map that keeps insertion order (for readable, deterministic output).</summary>
    /// <remarks>A key given twice keeps its first position and its last value. Small maps are held in one array of pairs (read through <see cref="SmallMap"/>).</remarks>
    public static Value Map(IEnumerable<KeyValuePair<string, Value>> entries)
    {
        // Sized to the entries when their number is known, so a map without repeated keys keeps this array as is.
        var small = new KeyValuePair<string, Value>[entries.TryGetNonEnumeratedCount(out var known) && known <= SmallMap.MaxEntries ? known : SmallMap.MaxEntries];
        var count = 0;
        Dictionary<string, Value>? dict = null;
        foreach (var (k, v) in entries)
        {
            if (dict is not null) { dict[k] = v; continue; }
            var i = SmallMap.IndexOf(small, k, count);
            if (i >= 0) { small[i] = new(k, v); continue; }
            if (count < small.Length) { small[count++] = new(k, v); continue; }
            dict = new Dictionary<string, Value>(SmallMap.MaxEntries * 2, StringComparer.Ordinal);
            foreach (var e in small) dict.Add(e.Key, e.Value);
            dict[k] = v;
        }
        if (dict is not null) return new(dict);
        if (count == 0) return EmptyMap;
        return new(count == small.Length ? small : small.AsSpan(0, count).ToArray());
    }

    /// <summary>A list's items, for the collection's <see cref="Collection.ValuePool"/> (never to be changed).</summary>
    internal Value[]? ItemArray => _payload as Value[];

    /// <summary>A small map's entries, for the collection's <see cref="Collection.ValuePool"/> (never to be changed).</summary>
    internal KeyValuePair<string, Value>[]? SmallEntries => _payload as KeyValuePair<string, Value>[];

    /// <summary>A large map's entries, for the collection's <see cref="Collection.ValuePool"/> (never to be changed).</summary>
    internal Dictionary<string, Value>? LargeEntries => _payload as Dictionary<string, Value>;

    /// <summary>A list of exactly these (non-empty) items; the array is the value's from now on.</summary>
    internal static Value OwningItems(Value[] items) => new(items);

    /// <summary>A map of exactly these entries (distinct keys, at most <see cref="SmallMap.MaxEntries"/>); the array is the value's from now on.</summary>
    internal static Value OwningSmallEntries(KeyValuePair<string, Value>[] entries) => new(entries);

    /// <summary>A map of exactly these entries (more than <see cref="SmallMap.MaxEntries"/>); the dictionary is the value's from now on.</summary>
    internal static Value OwningLargeEntries(Dictionary<string, Value> entries) => new(entries);

    /// <summary>The value of a map key, or null (C#) when the key is absent or this is not a map.</summary>
    public Value? Get(string key)
    {
        if (_payload is KeyValuePair<string, Value>[] pairs)
        {
            var i = SmallMap.IndexOf(pairs, key);
            return i >= 0 ? pairs[i].Value : null;
        }
        return _payload is Dictionary<string, Value> entries && entries.TryGetValue(key, out var v) ? v : null;
    }

    /// <summary>The string at a map key when it is a known string; null otherwise.</summary>
    public string? GetString(string key) => Get(key)?._payload as string;

    /// <summary>A text form for messages and evidence: strings as is, others as compact JSON-like text.</summary>
    public override string ToString() => Kind switch
    {
        ValueKind.Null => "null",
        ValueKind.Unknown => "(unknown)",
        ValueKind.Boolean => BooleanPayload ? "true" : "false",
        ValueKind.Number => NumberPayload.ToString(CultureInfo.InvariantCulture),
        ValueKind.String => StringPayload,
        ValueKind.List => "[" + string.Join(", ", ItemsPayload.Select(i => i.ToString())) + "]",
        ValueKind.Map => "{" + string.Join(", ", EntriesPayload.Select(e => e.Key + ": " + e.Value)) + "}",
        _ => "",
    };

    public bool Equals(Value? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        if (Kind != other.Kind) return false;
        return Kind switch
        {
            ValueKind.Null or ValueKind.Unknown => true,
            ValueKind.Boolean => BooleanPayload == other.BooleanPayload,
            ValueKind.Number => NumberPayload.Equals(other.NumberPayload),
            ValueKind.String => string.Equals(StringPayload, other.StringPayload, StringComparison.Ordinal),
            ValueKind.List => ItemsPayload.Count == other.ItemsPayload!.Count && ItemsPayload.Zip(other.ItemsPayload).All(p => p.First.Equals(p.Second)),
            ValueKind.Map => EntriesPayload.Count == other.EntriesPayload!.Count &&
                             EntriesPayload.All(e => other.EntriesPayload.TryGetValue(e.Key, out var o) && e.Value.Equals(o)),
            _ => false,
        };
    }

    public override bool Equals(object? obj) => obj is Value v && Equals(v);

    public override int GetHashCode() => Kind switch
    {
        ValueKind.Boolean => HashCode.Combine(Kind, BooleanPayload),
        ValueKind.Number => HashCode.Combine(Kind, NumberPayload),
        ValueKind.String => HashCode.Combine(Kind, StringPayload),
        ValueKind.List => HashCode.Combine(Kind, ItemsPayload.Count),
        ValueKind.Map => HashCode.Combine(Kind, EntriesPayload.Count),
        _ => (int)Kind,
    };

    private InvalidOperationException WrongKind(ValueKind wanted) =>
        new($"Value is {Kind}, not {wanted}.");
}
