using System.Globalization;

namespace Scanner.Core.Inventory;

/// <summary>
/// An immutable, source-independent property value: the one shape every collector produces and every rule reads.
/// <see cref="ValueKind.Unknown"/> is a first-class state, so "known after apply" is never mistaken for "empty".
/// A missing map key (absent) is distinct from an explicit <see cref="Null"/>.
/// </summary>
public sealed class Value : IEquatable<Value>
{
    private static readonly IReadOnlyList<Value> NoItems = [];
    private static readonly IReadOnlyDictionary<string, Value> NoEntries = new Dictionary<string, Value>(StringComparer.Ordinal);

    private readonly string? _string;
    private readonly double _number;
    private readonly bool _boolean;
    private readonly IReadOnlyList<Value>? _items;
    private readonly IReadOnlyDictionary<string, Value>? _entries;

    private Value(ValueKind kind, string? s = null, double n = 0, bool b = false,
        IReadOnlyList<Value>? items = null, IReadOnlyDictionary<string, Value>? entries = null)
    {
        Kind = kind;
        _string = s;
        _number = n;
        _boolean = b;
        _items = items;
        _entries = entries;
    }

    public static Value Null { get; } = new(ValueKind.Null);
    public static Value Unknown { get; } = new(ValueKind.Unknown);
    public static Value True { get; } = new(ValueKind.Boolean, b: true);
    public static Value False { get; } = new(ValueKind.Boolean, b: false);
    public static Value EmptyList { get; } = new(ValueKind.List, items: NoItems);
    public static Value EmptyMap { get; } = new(ValueKind.Map, entries: NoEntries);

    public ValueKind Kind { get; }

    public bool IsUnknown => Kind == ValueKind.Unknown;
    public bool IsNull => Kind == ValueKind.Null;
    public bool IsString => Kind == ValueKind.String;
    public bool IsNumber => Kind == ValueKind.Number;
    public bool IsBoolean => Kind == ValueKind.Boolean;
    public bool IsList => Kind == ValueKind.List;
    public bool IsMap => Kind == ValueKind.Map;

    /// <summary>The string of a <see cref="ValueKind.String"/> value; throws for any other kind.</summary>
    public string AsString => Kind == ValueKind.String ? _string! : throw WrongKind(ValueKind.String);
    public double AsNumber => Kind == ValueKind.Number ? _number : throw WrongKind(ValueKind.Number);
    public bool AsBoolean => Kind == ValueKind.Boolean ? _boolean : throw WrongKind(ValueKind.Boolean);
    public IReadOnlyList<Value> Items => Kind == ValueKind.List ? _items! : throw WrongKind(ValueKind.List);
    public IReadOnlyDictionary<string, Value> Entries => Kind == ValueKind.Map ? _entries! : throw WrongKind(ValueKind.Map);

    public static Value From(string? s) => s is null ? Null : new(ValueKind.String, s: s);
    public static Value From(double n) => new(ValueKind.Number, n: n);
    public static Value From(bool b) => b ? True : False;
    public static Value List(IEnumerable<Value> items)
    {
        var list = items.ToArray();
        return list.Length == 0 ? EmptyList : new(ValueKind.List, items: list);
    }

    public static Value List(params Value[] items) => List((IEnumerable<Value>)items);

    public static Value Strings(IEnumerable<string> items) => List(items.Select(From));

    /// <summary>A map that keeps insertion order (for readable, deterministic output).</summary>
    /// <remarks>A key given twice keeps its first position and its last value. Small maps are held in one array (<see cref="SmallMap"/>).</remarks>
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
        if (dict is not null) return new(ValueKind.Map, entries: dict);
        if (count == 0) return EmptyMap;
        return new(ValueKind.Map, entries: new SmallMap(count == small.Length ? small : small.AsSpan(0, count).ToArray()));
    }

    /// <summary>The value of a map key, or null (C#) when the key is absent or this is not a map.</summary>
    public Value? Get(string key) =>
        Kind == ValueKind.Map && _entries!.TryGetValue(key, out var v) ? v : null;

    /// <summary>The string at a map key when it is a known string; null otherwise.</summary>
    public string? GetString(string key) => Get(key) is { Kind: ValueKind.String } v ? v._string : null;

    /// <summary>A text form for messages and evidence: strings as is, others as compact JSON-like text.</summary>
    public override string ToString() => Kind switch
    {
        ValueKind.Null => "null",
        ValueKind.Unknown => "(unknown)",
        ValueKind.Boolean => _boolean ? "true" : "false",
        ValueKind.Number => _number.ToString(CultureInfo.InvariantCulture),
        ValueKind.String => _string!,
        ValueKind.List => "[" + string.Join(", ", _items!.Select(i => i.ToString())) + "]",
        ValueKind.Map => "{" + string.Join(", ", _entries!.Select(e => e.Key + ": " + e.Value)) + "}",
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
            ValueKind.Boolean => _boolean == other._boolean,
            ValueKind.Number => _number.Equals(other._number),
            ValueKind.String => string.Equals(_string, other._string, StringComparison.Ordinal),
            ValueKind.List => _items!.Count == other._items!.Count && _items.Zip(other._items).All(p => p.First.Equals(p.Second)),
            ValueKind.Map => _entries!.Count == other._entries!.Count &&
                             _entries.All(e => other._entries.TryGetValue(e.Key, out var o) && e.Value.Equals(o)),
            _ => false,
        };
    }

    public override bool Equals(object? obj) => obj is Value v && Equals(v);

    public override int GetHashCode() => Kind switch
    {
        ValueKind.Boolean => HashCode.Combine(Kind, _boolean),
        ValueKind.Number => HashCode.Combine(Kind, _number),
        ValueKind.String => HashCode.Combine(Kind, _string),
        ValueKind.List => HashCode.Combine(Kind, _items!.Count),
        ValueKind.Map => HashCode.Combine(Kind, _entries!.Count),
        _ => (int)Kind,
    };

    private InvalidOperationException WrongKind(ValueKind wanted) =>
        new($"Value is {Kind}, not {wanted}.");
}
