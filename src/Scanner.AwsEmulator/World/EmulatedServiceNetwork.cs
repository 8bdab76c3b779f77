namespace Scanner.AwsEmulator.World;

public sealed record EmulatedServiceNetwork(string Id, string Name, string AuthType)
{
    public bool SharingEnabled { get; init; }
    public string? AuthPolicy { get; init; }
    public string? ResourcePolicy { get; init; }
}
