namespace Scanner.Core.Schema;

/// <summary>
/// The members of one normalised security-group rule, declared once: <see cref="InventorySchema.SecurityGroupRule"/>
/// is built from them and <see cref="Normalisation.SecurityGroupRules"/> writes through them, so a member the
/// normaliser writes is one the schema has, and renaming one is a compile error for its users.
/// </summary>
public static class SecurityGroupRuleProperties
{
    public static PropertySchema Direction { get; } = new("direction", PropertyType.String, "ingress or egress.");
    public static PropertySchema Protocol { get; } = new("protocol", PropertyType.String, "tcp, udp, icmp, icmpv6, all, or another protocol number (\"50\").");
    public static PropertySchema FromPort { get; } = new("fromPort", PropertyType.Number, "First port; 0 for all and for protocols other than tcp/udp/icmp/icmpv6; the ICMP type for icmp/icmpv6 (-1: all).");
    public static PropertySchema ToPort { get; } = new("toPort", PropertyType.Number, "Last port; 65535 for all and for protocols other than tcp/udp/icmp/icmpv6; the ICMP code for icmp/icmpv6 (-1: all).");
    public static PropertySchema CidrIpv4 { get; } = new("cidrIpv4", PropertyType.String, "IPv4 peer CIDR.");
    public static PropertySchema CidrIpv6 { get; } = new("cidrIpv6", PropertyType.String, "IPv6 peer CIDR.");
    public static PropertySchema PrefixListId { get; } = new("prefixListId", PropertyType.String, "Managed prefix list peer.");
    public static PropertySchema ReferencedGroupId { get; } = new("referencedGroupId", PropertyType.String, "Security group peer (another group; a rule on its own group is self).");
    public static PropertySchema ReferencedGroupOwnerId { get; } = new("referencedGroupOwnerId", PropertyType.String, "Account of the peer group, when another account's.");
    public static PropertySchema Self { get; } = new("self", PropertyType.Boolean, "The peer is the rule's own group (unknown when the source cannot tell a group peer from it).");
    public static PropertySchema Description { get; } = new("description", PropertyType.String, "Rule description.");
    public static PropertySchema ImplicitDefault { get; } = new("implicitDefault", PropertyType.String, "Set on a rule the source never wrote, saying which: EC2's default allow-all egress rule, which CloudFormation keeps when a template sets no SecurityGroupEgress.");

    public static IReadOnlyList<PropertySchema> All { get; } =
        [Direction, Protocol, FromPort, ToPort, CidrIpv4, CidrIpv6, PrefixListId, ReferencedGroupId, ReferencedGroupOwnerId, Self, Description, ImplicitDefault];
}
