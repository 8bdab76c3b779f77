using Scanner.Core.Inventory;

namespace Scanner.Core.Collection;

/// <summary>
/// One <see cref="Value"/> per short text and per number a document repeats. A value is immutable and compared by
/// content, so the thousands of <c>"tcp"</c>, <c>5432</c> or <c>"10.0.0.0/16"</c> values of a large plan, template
/// or snapshot can be one object each instead of one per occurrence (32 bytes a value, 24 more for a boxed number).
/// Texts longer than <see cref="StringPool.MaxPooledLength"/> are rarely repeated and get a value of their own; the
/// numbers kept are capped, so a document of distinct numbers cannot grow the pool without bound. One pool per input
/// document, like the <see cref="StringPool"/> it interns its texts in.
/// </summary>
public sealed class ValuePool(StringPool strings)
{
    /// <summary>Most distinct numbers kept; past it, a number gets a value of its own.</summary>
    public const int MaxPooledNumbers = 65_536;

    private readonly Dictionary<string, Value> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<long, Value> _numbers = [];

    public ValuePool() : this(new StringPool()) { }

    /// <summary>The pool the texts are interned in (names of the same document can share it).</summary>
    public StringPool Strings { get; } = strings;

    public Value String(string text)
    {
        if (text.Length > StringPool.MaxPooledLength) return Value.From(text);
        if (_texts.TryGetValue(text, out var pooled)) return pooled;
        var value = Value.From(Strings.Intern(text));
        _texts.Add(value.AsString, value);
        return value;
    }

    /// <summary>The value of a number; keyed by its bits, so 0 and -0 stay apart.</summary>
    public Value Number(double number)
    {
        var bits = BitConverter.DoubleToInt64Bits(number);
        if (_numbers.TryGetValue(bits, out var pooled)) return pooled;
        var value = Value.From(number);
        if (_numbers.Count < MaxPooledNumbers) _numbers.Add(bits, value);
        return value;
    }
}
