using System.Globalization;
using Scanner.Core.Inventory;

namespace Scanner.Collectors.Terraform.Mapping;

/// <summary>
/// Reads planned attributes (snake_case, as Terraform writes them) into inventory values. An explicit JSON
/// null means "not set" and reads as absent; <see cref="Value.Unknown"/> always passes through unchanged.
/// </summary>
internal static class Attributes
{
    /// <summary>A scalar attribute, or null (absent) when it is missing or null.</summary>
    public static Value? Scalar(Value after, string name) => after.Get(name) is { IsNull: false } v ? v : null;

    /// <summary>A known string attribute, else null.</summary>
    public static string? String(Value after, string name) => after.GetString(name);

    /// <summary>A list of strings; a missing or null list reads as empty, an unknown one stays unknown.</summary>
    public static Value StringList(Value after, string name) => after.Get(name) switch
    {
        null or { IsNull: true } => Value.EmptyList,
        { IsList: true } list => list,
        { IsUnknown: true } => Value.Unknown,
        var single => Value.List(single),
    };

    /// <summary>A boolean with the source's default when the attribute is not set.</summary>
    public static Value Boolean(Value after, string name, bool whenAbsent) =>
        Scalar(after, name) ?? Value.From(whenAbsent);

    /// <summary>A number; numeric strings (<c>"443"</c>) are read as numbers.</summary>
    public static Value? Number(Value after, string name) => Scalar(after, name) switch
    {
        { IsString: true } s when double.TryParse(s.AsString, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => Value.From(d),
        var v => v,
    };

    /// <summary>The first element of a nested block list (max-1 blocks), unknown when the block is unknown, else null.</summary>
    public static Value? SingleBlock(Value after, string name) => after.Get(name) switch
    {
        { IsUnknown: true } => Value.Unknown,
        { IsList: true, Items.Count: > 0 } list => list.Items[0],
        { IsMap: true } map => map,
        _ => null,
    };

    /// <summary>The known strings of a string or list value.</summary>
    public static IEnumerable<string> KnownStrings(Value? v)
    {
        if (v is null) yield break;
        if (v.IsString) yield return v.AsString;
        else if (v.IsList)
            foreach (var item in v.Items)
                if (item.IsString) yield return item.AsString;
    }

    /// <summary>How many elements of a string or list value are unknown (a wholly unknown value counts as one).</summary>
    public static int UnknownCount(Value? v) => v switch
    {
        null => 0,
        { IsUnknown: true } => 1,
        { IsList: true } list => list.Items.Count(i => i.IsUnknown),
        _ => 0,
    };
}
