using Scanner.Core.Inventory;
using Scanner.Core.Network;
using Scanner.Core.Schema;

namespace Scanner.Core.Normalisation;

/// <summary>
/// Port-range entries of a resource configuration (<c>"443"</c>, <c>"1024-65535"</c>, or a bare number) as
/// <c>{fromPort, toPort}</c>. One behaviour on bad input for every source: the entry becomes an unknown element and
/// the caller's <c>invalid</c> callback gets one message for a warning diagnostic; the entry is never dropped, so a
/// rule never mistakes a configuration with an unreadable range for one without it.
/// </summary>
public static class PortRanges
{
    /// <summary>One entry: a range map, or <see cref="Value.Unknown"/> when it is unknown or not a port range.</summary>
    public static Value Entry(Value item, Action<string> invalid)
    {
        if (item.IsUnknown) return Value.Unknown;
        var text = item.IsString ? item.AsString : item.IsNumber ? item.ToString() : null;
        if (PortRange.TryParse(text, out var range)) return Of(range);
        invalid($"port range \"{item}\" is not a port or a port range (443, 1024-65535); it is taken as unknown");
        return Value.Unknown;
    }

    /// <summary>All entries of a list (a single value is one entry); unknown stays unknown, absent is an empty list.</summary>
    public static Value List(Value? list, Action<string> invalid) => list switch
    {
        null or { IsNull: true } => Value.EmptyList,
        { IsUnknown: true } => Value.Unknown,
        { IsList: true } l => Value.List(l.Items.Select(i => Entry(i, invalid))),
        var single => Value.List(Entry(single, invalid)),
    };

    public static Value Of(PortRange range) =>
        new PropertyMapBuilder().Set(PortRangeProperties.FromPort, (double)range.From).Set(PortRangeProperties.ToPort, (double)range.To).Build();
}
