using Scanner.AwsEmulator.World;

namespace Scanner.AwsEmulator.Handlers;

/// <summary>A resource an owner-only VPC Lattice read names: its owner, its ARN and what it is.</summary>
internal sealed record OwnedResource(EmulatedRegion Owner, string Arn)
{
    public EmulatedConfiguration? Config { get; init; }
    public EmulatedServiceNetwork? Network { get; init; }
    public EmulatedService? Service { get; init; }
}
