namespace Scanner.AwsEmulator.World;

public sealed record EmulatedGateway(string Id, string Name, string VpcId, IReadOnlyList<string> SubnetIds, IReadOnlyList<string> SecurityGroupIds)
{
    public string IpAddressType { get; init; } = "IPV4";
}
