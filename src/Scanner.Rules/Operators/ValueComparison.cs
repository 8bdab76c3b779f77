using System.Globalization;
using Scanner.Core.Inventory;

namespace Scanner.Rules.Operators;

/// <summary>Equality and ordering between inventory values and rule arguments (numbers compare with numeric strings).</summary>
internal static class ValueComparison
{
    public static bool AreEqual(Value a, Value b)
    {
        if (a.Kind == b.Kind) return a.Equals(b);
        if (AsNumber(a) is { } x && AsNumber(b) is { } y) return x.Equals(y);
        if (a.IsBoolean && b.IsString) return string.Equals(b.AsString, a.AsBoolean ? "true" : "false", StringComparison.OrdinalIgnoreCase);
        if (b.IsBoolean && a.IsString) return AreEqual(b, a);
        return false;
    }

    public static double? AsNumber(Value v) => v.Kind switch
    {
        ValueKind.Number => v.AsNumber,
        ValueKind.String when double.TryParse(v.AsString, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    public static bool IsScalar(Value v) => v.Kind is ValueKind.String or ValueKind.Number or ValueKind.Boolean or ValueKind.Null;
}
