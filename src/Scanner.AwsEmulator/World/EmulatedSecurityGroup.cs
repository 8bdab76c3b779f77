namespace Scanner.AwsEmulator.World;

public sealed record EmulatedSecurityGroup(string Id, string Name, string VpcId)
{
    public string Description { get; init; } = "";
    public IReadOnlyList<EmulatedPermission> Ingress { get; init; } = [];
    public IReadOnlyList<EmulatedPermission> Egress { get; init; } = [new EmulatedPermission("-1", null, null) { Cidrs = ["0.0.0.0/0"] }];
}
