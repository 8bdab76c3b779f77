using Scanner.AwsEmulator.World;

namespace Scanner.AwsEmulator.Handlers;

/// <summary>A resource an owner-only VPC Lattice read names: its owner, its ARN and what it is.</summary>
internal sealed record OwnedResource(FakeRegion Owner, string Arn)
{
    public FakeConfiguration? Config { get; init; }
    public FakeServiceNetwork? Network { get; init; }
    public FakeService? Service { get; init; }
}
