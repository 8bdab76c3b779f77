namespace Scanner.AwsEmulator.World;

public sealed record FakeAccessLog(string Id, string ResourceArn, string DestinationArn)
{
    public string? ServiceNetworkLogType { get; init; }
}
