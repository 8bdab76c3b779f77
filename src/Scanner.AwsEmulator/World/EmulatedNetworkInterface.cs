namespace Scanner.AwsEmulator.World;

public sealed record EmulatedNetworkInterface(string Id, string VpcId, string SubnetId, IReadOnlyList<string> PrivateIpAddresses)
{
    public string InterfaceType { get; init; } = "interface";
    public string? RequesterId { get; init; }
    public bool RequesterManaged { get; init; }
    public string Description { get; init; } = "";
}
