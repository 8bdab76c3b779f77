namespace Scanner.AwsEmulator.World;

public sealed record EmulatedAccessLog(string Id, string ResourceArn, string DestinationArn)
{
    public string? ServiceNetworkLogType { get; init; }
}
