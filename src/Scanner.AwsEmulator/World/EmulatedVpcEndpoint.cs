namespace Scanner.AwsEmulator.World;

/// <summary>An EC2 VPC endpoint; <see cref="Type"/> Resource or ServiceNetwork (or Interface).</summary>
public sealed record EmulatedVpcEndpoint(string Id, string Type, string VpcId)
{
    public IReadOnlyList<string> SubnetIds { get; init; } = [];
    public IReadOnlyList<string> SecurityGroupIds { get; init; } = [];
    public string? ResourceConfigurationArn { get; init; }
    public string? ServiceNetworkArn { get; init; }
    public bool PrivateDnsEnabled { get; init; }
    public string State { get; init; } = "available";
}
