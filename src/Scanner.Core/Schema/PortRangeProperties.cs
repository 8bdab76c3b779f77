namespace Scanner.Core.Schema;

/// <summary>The members of one port range, declared once for the schema and <see cref="Normalisation.PortRanges"/>.</summary>
public static class PortRangeProperties
{
    public static PropertySchema FromPort { get; } = new("fromPort", PropertyType.Number, "First port.");
    public static PropertySchema ToPort { get; } = new("toPort", PropertyType.Number, "Last port.");

    public static IReadOnlyList<PropertySchema> All { get; } = [FromPort, ToPort];
}
