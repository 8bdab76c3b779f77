using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// Normalises a CloudFormation security-group rule into the inventory rule shape, one rule per peer. Protocols
/// are names (<c>-1</c> → <c>all</c>, 6 → tcp, 17 → udp, 1 → icmp, 58 → icmpv6; other numbers stay numbers). As EC2
/// does, <c>all</c> and protocols other than tcp/udp/icmp/icmpv6 cover ports 0–65535 whatever the template says;
/// icmpv6 without ports means all types (-1). A rule is incomplete when its protocol, ports or peer is unknown.
/// </summary>
internal static class SecurityGroupRuleNormaliser
{
    private static readonly (string Field, string Name)[] IngressPeers =
    [
        ("CidrIp", "cidrIpv4"), ("CidrIpv6", "cidrIpv6"), ("SourcePrefixListId", "prefixListId"),
        ("SourceSecurityGroupId", "referencedGroupId"), ("SourceSecurityGroupName", "referencedGroupId"),
    ];

    private static readonly (string Field, string Name)[] EgressPeers =
    [
        ("CidrIp", "cidrIpv4"), ("CidrIpv6", "cidrIpv6"), ("DestinationPrefixListId", "prefixListId"),
        ("DestinationSecurityGroupId", "referencedGroupId"),
    ];

    /// <param name="groupLogicalId">The group the rule belongs to, to recognise a rule that names its own group.</param>
    /// <param name="rules">Receives one normalised rule per peer.</param>
    /// <returns>False when some part of the rule is unknown.</returns>
    public static bool Normalise(RuleFields fields, string direction, string? groupLogicalId, List<Value> rules, Action<string> mismatch)
    {
        var protocol = Protocol(ValueCoercion.Text(fields.Get("IpProtocol"), mismatch));
        var (from, to) = Ports(protocol, fields, mismatch);
        var complete = !protocol.IsUnknown && !from.IsUnknown && !to.IsUnknown;
        var peers = direction == "ingress" ? IngressPeers : EgressPeers;
        var description = ValueCoercion.Text(fields.Get("Description"), mismatch);
        var owner = direction == "ingress" ? ValueCoercion.Text(fields.Get("SourceSecurityGroupOwnerId"), mismatch) : null;
        var emitted = false;
        foreach (var (field, name) in peers)
        {
            if (ValueCoercion.Text(fields.Get(field), mismatch) is not { } peer) continue;
            emitted = true;
            var isGroup = name == "referencedGroupId";
            // A group name is not an id; the rule is kept with the id unknown rather than a misleading name.
            var peerValue = field == "SourceSecurityGroupName" ? Value.Unknown : peer;
            complete &= !peer.IsUnknown || (isGroup && fields.References(field).Count > 0);
            var b = Start(direction, protocol, from, to).Set(name, peerValue);
            if (isGroup)
            {
                b.Set("referencedGroupOwnerId", owner);
                b.Set("self", SelfReference(fields.References(field), peer, groupLogicalId));
            }
            rules.Add(b.Set("description", description).Build());
        }
        if (!emitted)
        {
            // No peer at all: not a valid rule, kept so it is seen, but the group's rules are not complete.
            rules.Add(Start(direction, protocol, from, to).Set("description", description).Build());
            complete = false;
        }
        return complete;
    }

    private static MapBuilder Start(string direction, Value protocol, Value from, Value to) =>
        new MapBuilder().Set("direction", direction).Set("protocol", protocol).Set("fromPort", from).Set("toPort", to);

    private static Value SelfReference(IReadOnlyList<string> references, Value peer, string? groupLogicalId)
    {
        if (groupLogicalId is not null && references.Contains(groupLogicalId)) return Value.True;
        if (references.Count > 0 || peer.IsString) return Value.False;
        return Value.Unknown;
    }

    private static Value Protocol(Value? raw)
    {
        if (raw is not { IsString: true }) return Value.Unknown;
        var p = raw.AsString.Trim().ToLowerInvariant();
        return Value.From(p switch
        {
            "-1" or "all" => "all",
            "6" or "tcp" => "tcp",
            "17" or "udp" => "udp",
            "1" or "icmp" => "icmp",
            "58" or "icmpv6" => "icmpv6",
            _ => p,
        });
    }

    private static (Value From, Value To) Ports(Value protocol, RuleFields fields, Action<string> mismatch)
    {
        if (protocol.IsString && protocol.AsString is not ("tcp" or "udp" or "icmp" or "icmpv6"))
            return (Value.From(0), Value.From(65535));
        var from = ValueCoercion.Number(fields.Get("FromPort"), mismatch);
        var to = ValueCoercion.Number(fields.Get("ToPort"), mismatch);
        if (protocol.IsString && protocol.AsString == "icmpv6")
            return (from ?? Value.From(-1), to ?? Value.From(-1));
        return (from ?? Value.Unknown, to ?? Value.Unknown);
    }
}
