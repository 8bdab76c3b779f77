namespace Scanner.AwsEmulator.World;

/// <summary>A resource configuration. <see cref="DefinitionType"/> is DNS, IP or ARN (none for GROUP).</summary>
public sealed record EmulatedConfiguration(string Id, string Name, string? GatewayId, string Type)
{
    public IReadOnlyList<string> PortRanges { get; init; } = [];
    public string? DefinitionType { get; init; }
    public string? DefinitionValue { get; init; }
    public bool AllowAssociationToShareableServiceNetwork { get; init; }
    public string? GroupId { get; init; }
    public string? ResourcePolicy { get; init; }
}
