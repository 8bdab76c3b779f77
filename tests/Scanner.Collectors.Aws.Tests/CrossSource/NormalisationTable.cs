using Scanner.Core.Normalisation;

namespace Scanner.Collectors.Aws.Tests.CrossSource;

/// <summary>
/// The one table of inputs every collector must normalise alike (docs/normalisation.md). Each row is written in
/// each source's own form by <see cref="CrossSourceInputs"/>; the expected values are the documented decisions.
/// </summary>
internal static class NormalisationTable
{
    public const string Account = "200000000002";
    public const string Region = "ap-northeast-1";
    public const string OtherAccount = "222233334444";
    public const string OtherGroup = "sg-0other0000000001";

    /// <summary>A RAM principal and its classification (null: unknown).</summary>
    public sealed record PrincipalRow(string Principal, string? Type, string? AccountId = null, string? OrganizationId = null);

    public static readonly PrincipalRow[] Principals =
    [
        new("111122223333", RamPrincipals.Account, AccountId: "111122223333"),
        new("arn:aws:organizations::100000000001:organization/o-a1b2c3d4e5", RamPrincipals.Organization, OrganizationId: "o-a1b2c3d4e5"),
        new("arn:aws:organizations::100000000001:ou/o-a1b2c3d4e5/ou-ab12-cd34ef56", RamPrincipals.OrganizationalUnit, OrganizationId: "o-a1b2c3d4e5"),
        new("arn:aws:organizations::100000000001:account/o-a1b2c3d4e5/333344445555", RamPrincipals.Account, AccountId: "333344445555", OrganizationId: "o-a1b2c3d4e5"),
        new("arn:aws:iam::444455556666:role/consumer", RamPrincipals.Iam, AccountId: "444455556666"),
        new("arn:aws:iam::444455556666:user/ops", RamPrincipals.Iam, AccountId: "444455556666"),
        new("rds.amazonaws.com", RamPrincipals.Service),
        new("arn:aws:s3:::not-a-principal", null),
        new("arn:aws:organizations::100000000001:organization/missing-prefix", null),
        new("not-a-principal", null),
    ];

    /// <summary>How a row writes its one peer.</summary>
    public enum Peer { Ipv4, Ipv6, PrefixList, Group, OtherAccountGroup, Self }

    /// <summary>One inbound rule as the source writes it, and the normalised rule every source must produce.</summary>
    public sealed record RuleRow(string Protocol, int? From, int? To, Peer Peer, string? PeerValue, string ExpectedProtocol, double ExpectedFrom, double ExpectedTo);

    public static readonly RuleRow[] Rules =
    [
        new("tcp", 443, 443, Peer.Ipv4, "10.0.0.0/16", "tcp", 443, 443),
        new("-1", 0, 0, Peer.Ipv4, "0.0.0.0/0", "all", 0, 65535),
        new("6", 22, 22, Peer.Ipv6, "::/0", "tcp", 22, 22),
        new("17", 53, 53, Peer.PrefixList, "pl-0123456789abcdef0", "udp", 53, 53),
        new("1", -1, -1, Peer.Ipv4, "10.1.0.0/16", "icmp", -1, -1),
        new("icmpv6", -1, -1, Peer.Ipv6, "fd00::/8", "icmpv6", -1, -1),
        new("58", 128, 0, Peer.Ipv6, "fd00::/8", "icmpv6", 128, 0),
        new("50", 0, 0, Peer.Ipv4, "10.2.0.0/16", "50", 0, 65535),
        new("TCP", 5432, 5432, Peer.Group, OtherGroup, "tcp", 5432, 5432),
        new("tcp", 1433, 1433, Peer.OtherAccountGroup, OtherGroup, "tcp", 1433, 1433),
        new("tcp", 5432, 5432, Peer.Self, null, "tcp", 5432, 5432),
    ];

    /// <summary>A port-range entry and its range (null: unknown, with an InvalidValue warning).</summary>
    public sealed record PortRangeRow(string Text, double? From, double? To);

    public static readonly PortRangeRow[] RangeRows =
    [
        new("443", 443, 443),
        new("1024-65535", 1024, 65535),
        new("99999", null, null),
    ];

    /// <summary>An access-log destination and its type and account (null: absent).</summary>
    public sealed record DestinationRow(string Arn, string Type, string? AccountId);

    public static readonly DestinationRow[] Destinations =
    [
        new("arn:aws:s3:::central-lattice-logs", AccessLogDestinations.S3, null),
        new($"arn:aws:logs:{Region}:200000000009:log-group:lattice", AccessLogDestinations.Logs, "200000000009"),
        new($"arn:aws:firehose:{Region}:200000000009:deliverystream/lattice", AccessLogDestinations.Firehose, "200000000009"),
    ];

    /// <summary>Tags written out of order; every source holds them in key order.</summary>
    public static readonly KeyValuePair<string, string>[] Tags = [new("team", "db"), new("cost-centre", "42"), new("Name", "tagged")];

    public static string GroupId(int row) => $"sg-0row{row:d13}";
    public static string ConfigurationId(int row) => $"rcfg-row{row:d14}";
    public static string LogId(int row) => $"als-row{row:d14}";
    public const string GatewayId = "rgw-row00000000000000";
    public const string ShareId = "12121212-1212-4121-8121-121212121212";
    public static string ConfigurationArn(int row) => $"arn:aws:vpc-lattice:{Region}:{Account}:resourceconfiguration/{ConfigurationId(row)}";
    public static string ShareArn => $"arn:aws:ram:{Region}:{Account}:resource-share/{ShareId}";
}
