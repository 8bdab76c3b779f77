using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Resolution;

/// <summary>Small questions about resolved <see cref="Value"/>s shared by resolution and mapping.</summary>
internal static class ValueFacts
{
    /// <summary>True when the value is unknown or holds an unknown anywhere inside.</summary>
    public static bool ContainsUnknown(Value v) => v.Kind switch
    {
        ValueKind.Unknown => true,
        ValueKind.List => v.Items.Any(ContainsUnknown),
        ValueKind.Map => v.Entries.Values.Any(ContainsUnknown),
        _ => false,
    };

    /// <summary>The text of a scalar as CloudFormation would substitute it (strings as is, booleans lower-case).</summary>
    public static string? Text(Value v) => v.Kind switch
    {
        ValueKind.String => v.AsString,
        ValueKind.Boolean => v.AsBoolean ? "true" : "false",
        _ => null,
    };
}
