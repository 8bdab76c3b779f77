namespace Scanner.AwsEmulator.World;

/// <summary>A VPC Lattice service: auth type NONE or AWS_IAM, optional auth and resource policies.</summary>
public sealed record EmulatedService(string Id, string Name, string AuthType)
{
    public string? AuthPolicy { get; init; }
    public string? ResourcePolicy { get; init; }
    public string? CustomDomainName { get; init; }
}
