namespace Scanner.Core.Schema;

/// <summary>
/// The members of one normalised security-group rule, declared once: <see cref="Rule"/> is built from them and
/// <see cref="Normalisation.SecurityGroupRules"/> writes through them.
/// </summary>
public static class SecurityGroupRuleProperties
{
    public static PropertySchema Direction { get; } = Declare.String("ingress or egress.");
    public static PropertySchema Protocol { get; } = Declare.String("tcp, udp, icmp, icmpv6, all, or another protocol number (\"50\").");
    public static PropertySchema FromPort { get; } = Declare.Number("First port; 0 for all and for protocols other than tcp/udp/icmp/icmpv6; the ICMP type for icmp/icmpv6 (-1: all).");
    public static PropertySchema ToPort { get; } = Declare.Number("Last port; 65535 for all and for protocols other than tcp/udp/icmp/icmpv6; the ICMP code for icmp/icmpv6 (-1: all).");
    public static PropertySchema CidrIpv4 { get; } = Declare.String("IPv4 peer CIDR.");
    public static PropertySchema CidrIpv6 { get; } = Declare.String("IPv6 peer CIDR.");
    public static PropertySchema PrefixListId { get; } = Declare.String("Managed prefix list peer.");
    public static PropertySchema ReferencedGroupId { get; } = Declare.String("Security group peer (another group; a rule on its own group is self).");
    public static PropertySchema ReferencedGroupOwnerId { get; } = Declare.String("Account of the peer group, when another account's.");
    public static PropertySchema Self { get; } = Declare.Boolean("The peer is the rule's own group (unknown when the source cannot tell a group peer from it).");
    public static PropertySchema Description { get; } = Declare.String("Rule description.");
    public static PropertySchema ImplicitDefault { get; } = Declare.String("Set on a rule the source never wrote, saying which: EC2's default allow-all egress rule, which CloudFormation keeps when a template sets no SecurityGroupEgress.");

    public static IReadOnlyList<PropertySchema> All { get; } =
        [Direction, Protocol, FromPort, ToPort, CidrIpv4, CidrIpv6, PrefixListId, ReferencedGroupId, ReferencedGroupOwnerId, Self, Description, ImplicitDefault];

    /// <summary>One rule, the element of a group's <c>ingress</c> and <c>egress</c> lists.</summary>
    public static PropertySchema Rule { get; } = Declare.Object("One normalised security-group rule: exactly one peer (CIDR, prefix list or group).", All);
}
