using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;
using static Scanner.Collectors.Terraform.Mapping.Attributes;

namespace Scanner.Collectors.Terraform.Mapping;

/// <summary>
/// Reads the peers of every Terraform way of writing a security-group rule (inline blocks, <c>aws_security_group_rule</c>,
/// <c>aws_vpc_security_group_ingress_rule</c>/<c>_egress_rule</c>) and hands them to <see cref="SecurityGroupRules"/>,
/// which normalises protocol, ports and peers as for every source. What stays here is Terraform's: attribute names,
/// peer lists unknown at plan time (one rule with an unknown peer, and the set incomplete: the number of rules is not
/// known), attributes the provider computes when the configuration leaves them unset, and <c>self</c>.
/// </summary>
internal static class TerraformRulePeers
{
    private static readonly (string Attribute, RulePeerKind Kind)[] InlinePeers =
    [
        ("cidr_blocks", RulePeerKind.CidrIpv4), ("ipv6_cidr_blocks", RulePeerKind.CidrIpv6), ("prefix_list_ids", RulePeerKind.PrefixList), ("security_groups", RulePeerKind.Group),
    ];

    private static readonly (string Attribute, RulePeerKind Kind)[] RulePeers =
    [
        ("cidr_blocks", RulePeerKind.CidrIpv4), ("ipv6_cidr_blocks", RulePeerKind.CidrIpv6), ("prefix_list_ids", RulePeerKind.PrefixList), ("source_security_group_id", RulePeerKind.Group),
    ];

    private static readonly (string Attribute, RulePeerKind Kind)[] VpcRulePeers =
    [
        ("cidr_ipv4", RulePeerKind.CidrIpv4), ("cidr_ipv6", RulePeerKind.CidrIpv6), ("prefix_list_id", RulePeerKind.PrefixList), ("referenced_security_group_id", RulePeerKind.Group),
    ];

    /// <summary>How a group peer of a rule relates to the rule's own group (Terraform-specific resolution).</summary>
    public delegate RulePeer GroupPeer(string attribute, Value value);

    /// <summary>Rules of one inline <c>ingress</c>/<c>egress</c> block of <c>aws_security_group</c>.</summary>
    public static bool FromInlineBlock(Value block, string direction, List<Value> output, GroupPeer group, Action<string> warn) =>
        Expand(block, direction, Scalar(block, "protocol"), InlinePeers, output, _ => false, group, warn);

    /// <summary>Rules of an <c>aws_security_group_rule</c> (direction from its <c>type</c>).</summary>
    /// <remarks><paramref name="unsetComputed"/> tells peers the configuration leaves unset (planned as unknown
    /// because the provider computes them, like <c>source_security_group_id</c>) from peers really unknown.</remarks>
    public static bool FromSecurityGroupRule(Value after, string direction, List<Value> output, Func<string, bool> unsetComputed, GroupPeer group, Action<string> warn) =>
        Expand(after, direction, Scalar(after, "protocol"), RulePeers, output, unsetComputed, group, warn);

    /// <summary>The rule of an <c>aws_vpc_security_group_ingress_rule</c> / <c>_egress_rule</c>.</summary>
    public static bool FromVpcRule(Value after, string direction, List<Value> output, Func<string, bool> unsetComputed, GroupPeer group, Action<string> warn) =>
        Expand(after, direction, Scalar(after, "ip_protocol"), VpcRulePeers, output, unsetComputed, group, warn);

    private static bool Expand(Value source, string direction, Value? protocol, (string Attribute, RulePeerKind Kind)[] attributes, List<Value> output,
        Func<string, bool> unsetComputed, GroupPeer group, Action<string> warn)
    {
        var peers = new List<RulePeer>();
        var countKnown = true;
        foreach (var (attribute, kind) in attributes)
        {
            var value = source.Get(attribute);
            if (value is null || value.IsNull || (value.IsUnknown && unsetComputed(attribute))) continue;
            if (value.IsUnknown)
                countKnown &= !attribute.EndsWith('s'); // an unknown list hides how many peers (rules) there are; list attributes are the plural ones
            foreach (var item in value.IsList ? value.Items : [value])
                if (!item.IsNull) peers.Add(kind == RulePeerKind.Group ? group(attribute, item) : new RulePeer(kind, item));
        }
        var self = source.Get("self");
        if (self is { IsBoolean: true, AsBoolean: true }) peers.Add(RulePeer.Self(Value.True));
        else if (self is { IsUnknown: true } && !unsetComputed("self"))
        {
            peers.Add(RulePeer.Self(Value.Unknown));
            countKnown = false;
        }
        var known = SecurityGroupRules.Expand(direction, protocol, Number(source, "from_port"), Number(source, "to_port"), Scalar(source, "description"),
            peers, output, noPeer: warn);
        return known && countKnown;
    }
}
