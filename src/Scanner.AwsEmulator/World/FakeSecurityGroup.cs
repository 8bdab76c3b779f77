namespace Scanner.AwsEmulator.World;

public sealed record FakeSecurityGroup(string Id, string Name, string VpcId)
{
    public string Description { get; init; } = "";
    public IReadOnlyList<FakePermission> Ingress { get; init; } = [];
    public IReadOnlyList<FakePermission> Egress { get; init; } = [new FakePermission("-1", null, null) { Cidrs = ["0.0.0.0/0"] }];
}
