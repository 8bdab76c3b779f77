namespace Scanner.AwsEmulator.World;

/// <summary>An EC2 IpPermission: one protocol/port range with any number of peers.</summary>
public sealed record EmulatedPermission(string Protocol, int? FromPort, int? ToPort)
{
    public IReadOnlyList<string> Cidrs { get; init; } = [];
    public IReadOnlyList<string> Ipv6Cidrs { get; init; } = [];
    public IReadOnlyList<string> PrefixListIds { get; init; } = [];
    /// <summary>Referenced groups as (group id, owner account).</summary>
    public IReadOnlyList<(string GroupId, string UserId)> Groups { get; init; } = [];
    public string? Description { get; init; }
}
