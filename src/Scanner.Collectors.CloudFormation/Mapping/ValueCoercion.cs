using System.Globalization;
using Scanner.Collectors.CloudFormation.Resolution;
using Scanner.Core.Collection;
using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// Coerces resolved values to the type the inventory schema wants, the way CloudFormation itself accepts them
/// (<c>"true"</c> for a boolean, <c>"443"</c> for a number). C# null means absent; a value of the wrong shape is
/// reported through the caller's mismatch callback and becomes unknown, never a guess.
/// </summary>
internal static class ValueCoercion
{
    public static Value? Text(Value? v, Action<string> mismatch) => v?.Kind switch
    {
        null or ValueKind.Null => null,
        ValueKind.String or ValueKind.Unknown => v,
        ValueKind.Boolean => Value.From(ValueFacts.Text(v)),
        _ => Mismatch(mismatch, "a string", v),
    };

    public static Value? Boolean(Value? v, Action<string> mismatch) => v?.Kind switch
    {
        null or ValueKind.Null => null,
        ValueKind.Boolean or ValueKind.Unknown => v,
        ValueKind.String when v.AsString.Equals("true", StringComparison.OrdinalIgnoreCase) => Value.True,
        ValueKind.String when v.AsString.Equals("false", StringComparison.OrdinalIgnoreCase) => Value.False,
        _ => Mismatch(mismatch, "true or false", v),
    };

    /// <param name="values">The template's shared values, so a number written a thousand times is one value.</param>
    public static Value? Number(Value? v, Action<string> mismatch, ValuePool values) => v?.Kind switch
    {
        null or ValueKind.Null => null,
        ValueKind.Number or ValueKind.Unknown => v,
        ValueKind.String when double.TryParse(v.AsString, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var n) => values.Number(n),
        _ => Mismatch(mismatch, "a number", v),
    };

    /// <summary>A list of strings; elements that are unknown stay unknown elements.</summary>
    public static Value? StringList(Value? v, Action<string> mismatch)
    {
        switch (v?.Kind)
        {
            case null or ValueKind.Null: return null;
            case ValueKind.Unknown: return v;
            case ValueKind.List:
                var items = new List<Value>(v.Items.Count);
                foreach (var item in v.Items)
                    if (Text(item, mismatch) is { } t) items.Add(t);
                return Value.List(items);
            default: return Mismatch(mismatch, "a list of strings", v);
        }
    }

    private static Value Mismatch(Action<string> mismatch, string wanted, Value v)
    {
        mismatch($"expected {wanted}, found {Describe(v)}");
        return Value.Unknown;
    }

    private static string Describe(Value v) => v.Kind switch
    {
        ValueKind.List => "a list",
        ValueKind.Map => "a mapping",
        ValueKind.Boolean => "a boolean",
        ValueKind.Number => "a number",
        _ => "'" + (v.ToString().Length > 40 ? v.ToString()[..40] + "..." : v.ToString()) + "'",
    };
}
