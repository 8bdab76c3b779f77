namespace Scanner.Core.Schema;

/// <summary>The members of one port range, declared once for the schema and <see cref="Normalisation.PortRanges"/>.</summary>
public static class PortRangeProperties
{
    public static PropertySchema FromPort { get; } = Declare.Number("First port.");
    public static PropertySchema ToPort { get; } = Declare.Number("Last port.");

    public static IReadOnlyList<PropertySchema> All { get; } = [FromPort, ToPort];

    /// <summary>One range, the element of a configuration's <c>portRanges</c>.</summary>
    public static PropertySchema PortRange { get; } = Declare.Object("An inclusive TCP port range.", All);
}
