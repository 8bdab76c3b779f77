using System.Runtime.CompilerServices;
using Scanner.Core.Inventory;

namespace Scanner.Core.Collection;

/// <summary>
/// One <see cref="Value"/> per short text and per number a document repeats. A value is immutable and compared by
/// content, so the thousands of <c>"tcp"</c>, <c>5432</c> or <c>"10.0.0.0/16"</c> values of a large plan, template
/// or snapshot can be one object each instead of one per occurrence (24 bytes a value, 24 more for a boxed number).
/// Texts longer than <see cref="StringPool.MaxPooledLength"/> are rarely repeated and get a value of their own; the
/// numbers kept are capped, so a document of distinct numbers cannot grow the pool without bound.
/// <see cref="Share(Value)"/> does the same for lists and maps: the port ranges, rules, principals and definitions a
/// document repeats in resource after resource become one object each, and so do the references between resources.
/// One pool per input document, like the <see cref="StringPool"/> it interns its texts in.
/// </summary>
public sealed class ValuePool(StringPool strings)
{
    /// <summary>Most distinct numbers kept; past it, a number gets a value of its own.</summary>
    public const int MaxPooledNumbers = 65_536;

    private readonly Dictionary<string, Value> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<long, Value> _numbers = [];
    // Lists and small maps, compared by their parts' identity: their parts are shared first, so equal content means the
    // very same parts. An entry costs a fraction of the structure it stands for, so the set needs no cap of its own.
    private readonly HashSet<Value> _structures = new(SameParts.Instance);
    private readonly HashSet<ResourceReference> _references = [];

    public ValuePool() : this(new StringPool()) { }

    /// <summary>The pool the texts are interned in (names of the same document can share it).</summary>
    public StringPool Strings { get; } = strings;

    /// <summary>
    /// Estimated bytes of the values, lists, maps and references this pool has made or kept so far, each counted once
    /// (<see cref="ObjectBytes"/>): what the inventory built through it holds, for <see cref="InputMemoryBudget"/>.
    /// Short texts are counted by <see cref="Strings"/>, which may be shared with the reader that made them.
    /// </summary>
    public long KeptBytes { get; private set; }

    public Value String(string text) => Text(text, made: null);

    /// <summary>The value of a number; keyed by its bits, so 0 and -0 stay apart.</summary>
    public Value Number(double number) => Numeric(number, made: null);

    // The pool's value of a text: its own when kept, else `made` (a value of that text already made) or a new one.
    private Value Text(string text, Value? made)
    {
        if (text.Length > StringPool.MaxPooledLength) return Counted(made ?? Value.From(text), ObjectBytes.Value + ObjectBytes.Text(text.Length));
        if (_texts.TryGetValue(text, out var pooled)) return pooled;
        var value = made ?? Value.From(Strings.Intern(text));
        _texts.Add(value.AsString, value);
        KeptBytes += ObjectBytes.Value + ObjectBytes.PoolEntry; // the text itself is the pool's (Strings.HeldBytes)
        return value;
    }

    private Value Numeric(double number, Value? made)
    {
        var bits = BitConverter.DoubleToInt64Bits(number);
        if (_numbers.TryGetValue(bits, out var pooled)) return pooled;
        var value = made ?? Value.From(number);
        if (_numbers.Count >= MaxPooledNumbers) return Counted(value, ObjectBytes.Value + ObjectBytes.BoxedNumber);
        _numbers.Add(bits, value);
        KeptBytes += ObjectBytes.Value + ObjectBytes.BoxedNumber + ObjectBytes.PoolEntry;
        return value;
    }

    /// <summary>
    /// A value the pool does not keep (a long text, a large map, a number past the cap), counted in
    /// <see cref="KeptBytes"/> each time it is shared: a value shared twice (a plan's planned values, and the
    /// properties made of them) is counted twice, which errs on the safe side.
    /// </summary>
    private Value Counted(Value value, long bytes)
    {
        KeptBytes += bytes;
        return value;
    }

    /// <summary>
    /// <paramref name="value"/> with every text, number, list and map inside it the pool's one value of that content
    /// (texts and numbers as <see cref="String"/> and <see cref="Number"/> keep them). The value itself (a resource's
    /// properties, rarely repeated whole) is not kept; a map with more than a handful of entries is not kept either,
    /// only its parts. Values are immutable, so sharing them changes nothing a reader can see.
    /// </summary>
    public Value Share(Value value) => Shared(value, keep: false);

    private Value Shared(Value value, bool keep)
    {
        if (value.ItemArray is { } items)
        {
            Value[]? copy = null;
            for (var i = 0; i < items.Length; i++)
            {
                var item = Shared(items[i], keep: true);
                if (!ReferenceEquals(item, items[i])) (copy ??= (Value[])items.Clone())[i] = item;
            }
            return Kept(copy is null ? value : Value.OwningItems(copy), keep, ObjectBytes.Value + ObjectBytes.References(items.Length));
        }
        if (value.SmallEntries is { } entries)
        {
            KeyValuePair<string, Value>[]? copy = null;
            for (var i = 0; i < entries.Length; i++)
            {
                var entry = Shared(entries[i].Value, keep: true);
                if (!ReferenceEquals(entry, entries[i].Value)) (copy ??= (KeyValuePair<string, Value>[])entries.Clone())[i] = new(entries[i].Key, entry);
            }
            return Kept(copy is null ? value : Value.OwningSmallEntries(copy), keep, ObjectBytes.Value + ObjectBytes.Pairs(entries.Length));
        }
        if (value.LargeEntries is { } large)
        {
            Dictionary<string, Value>? copy = null;
            foreach (var (key, entry) in large)
            {
                var shared = Shared(entry, keep: true);
                if (!ReferenceEquals(shared, entry)) (copy ??= new Dictionary<string, Value>(large, StringComparer.Ordinal))[key] = shared;
            }
            return Counted(copy is null ? value : Value.OwningLargeEntries(copy), ObjectBytes.Value + ObjectBytes.Dictionary(large.Count));
        }
        if (value.IsString) return Text(value.AsString, value);
        if (value.IsNumber) return Numeric(value.AsNumber, value);
        return value; // null, unknown and booleans are one value each already
    }

    /// <summary>
    /// The references as a list of the pool's one reference per relation and target: a document's resources point at
    /// the same gateways, groups and networks again and again.
    /// </summary>
    public IReadOnlyList<ResourceReference> Share(IReadOnlyCollection<ResourceReference> references)
    {
        if (references.Count == 0) return [];
        var shared = new ResourceReference[references.Count];
        var i = 0;
        foreach (var reference in references)
        {
            if (!_references.TryGetValue(reference, out var kept))
            {
                _references.Add(kept = reference);
                KeptBytes += ObjectBytes.Reference + ObjectBytes.PoolEntry;
            }
            shared[i++] = kept;
        }
        return shared;
    }

    private Value Kept(Value value, bool keep, long bytes)
    {
        if (!keep)
        {
            // A resource's own properties: made for it alone, met once.
            KeptBytes += bytes;
            return value;
        }
        if (_structures.TryGetValue(value, out var kept)) return kept;
        _structures.Add(value);
        KeptBytes += bytes + ObjectBytes.PoolEntry;
        return value;
    }

    /// <summary>Lists with the same items, maps with the same keys (in order) and values: the same objects, not equal ones.</summary>
    private sealed class SameParts : IEqualityComparer<Value>
    {
        public static readonly SameParts Instance = new();

        public bool Equals(Value? x, Value? y)
        {
            if (x!.ItemArray is { } a)
            {
                if (y!.ItemArray is not { } b || a.Length != b.Length) return false;
                for (var i = 0; i < a.Length; i++)
                    if (!ReferenceEquals(a[i], b[i])) return false;
                return true;
            }
            var e = x.SmallEntries!;
            if (y!.SmallEntries is not { } f || e.Length != f.Length) return false;
            for (var i = 0; i < e.Length; i++)
                if (!ReferenceEquals(e[i].Value, f[i].Value) || !string.Equals(e[i].Key, f[i].Key, StringComparison.Ordinal)) return false;
            return true;
        }

        public int GetHashCode(Value value)
        {
            var hash = new HashCode();
            if (value.ItemArray is { } items)
            {
                hash.Add(items.Length);
                foreach (var item in items) hash.Add(RuntimeHelpers.GetHashCode(item));
            }
            else
            {
                foreach (var (key, entry) in value.SmallEntries!)
                {
                    hash.Add(key);
                    hash.Add(RuntimeHelpers.GetHashCode(entry));
                }
            }
            return hash.ToHashCode();
        }
    }
}
