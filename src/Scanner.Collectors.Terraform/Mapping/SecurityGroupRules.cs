using System.Globalization;
using Scanner.Core.Inventory;
using static Scanner.Collectors.Terraform.Mapping.Attributes;

namespace Scanner.Collectors.Terraform.Mapping;

/// <summary>
/// Normalises every Terraform way of writing a security-group rule into one rule object per peer (each CIDR,
/// prefix list, group, or self). Protocols: <c>-1</c>/<c>all</c> → <c>all</c> with ports 0–65535; the numbers
/// 6/17/1/58 → tcp/udp/icmp/icmpv6; names lower-cased. A peer list unknown at plan time gives one rule whose
/// peer is unknown, and marks the set incomplete (the number of rules is not known).
/// </summary>
internal static class SecurityGroupRules
{
    private static readonly (string Attribute, string Field)[] InlinePeers =
    [
        ("cidr_blocks", "cidrIpv4"), ("ipv6_cidr_blocks", "cidrIpv6"), ("prefix_list_ids", "prefixListId"), ("security_groups", "referencedGroupId"),
    ];

    private static readonly (string Attribute, string Field)[] RulePeers =
    [
        ("cidr_blocks", "cidrIpv4"), ("ipv6_cidr_blocks", "cidrIpv6"), ("prefix_list_ids", "prefixListId"), ("source_security_group_id", "referencedGroupId"),
    ];

    private static readonly (string Attribute, string Field)[] VpcRulePeers =
    [
        ("cidr_ipv4", "cidrIpv4"), ("cidr_ipv6", "cidrIpv6"), ("prefix_list_id", "prefixListId"), ("referenced_security_group_id", "referencedGroupId"),
    ];

    /// <summary>Rules of one inline <c>ingress</c>/<c>egress</c> block of <c>aws_security_group</c>.</summary>
    public static bool FromInlineBlock(Value block, string direction, List<Value> output) =>
        Expand(block, direction, Scalar(block, "protocol"), InlinePeers, output, _ => false);

    /// <summary>Rules of an <c>aws_security_group_rule</c> (direction from its <c>type</c>).</summary>
    /// <remarks><paramref name="unsetComputed"/> tells peers the configuration leaves unset (planned as unknown
    /// because the provider computes them, like <c>source_security_group_id</c>) from peers really unknown.</remarks>
    public static bool FromSecurityGroupRule(Value after, string direction, List<Value> output, Func<string, bool> unsetComputed) =>
        Expand(after, direction, Scalar(after, "protocol"), RulePeers, output, unsetComputed);

    /// <summary>The rule of an <c>aws_vpc_security_group_ingress_rule</c> / <c>_egress_rule</c>.</summary>
    public static bool FromVpcRule(Value after, string direction, List<Value> output, Func<string, bool> unsetComputed) =>
        Expand(after, direction, Scalar(after, "ip_protocol"), VpcRulePeers, output, unsetComputed);

    private static bool Expand(Value source, string direction, Value? rawProtocol, (string Attribute, string Field)[] peers, List<Value> output,
        Func<string, bool> unsetComputed)
    {
        var protocol = Protocol(rawProtocol);
        var all = protocol is { IsString: true } p && p.AsString == "all";
        var from = all ? Value.From(0) : Number(source, "from_port");
        var to = all ? Value.From(65535) : Number(source, "to_port");
        var description = Scalar(source, "description");
        if (description is not null && description.IsString && description.AsString.Length == 0) description = null;
        var complete = true;

        Value Rule(string field, Value peer, Value? owner = null) => new MapBuilder()
            .Set("direction", direction).Set("protocol", protocol).Set("fromPort", from).Set("toPort", to)
            .Set(field, peer).Set("referencedGroupOwnerId", owner).Set("description", description).Build();

        foreach (var (attribute, field) in peers)
        {
            var value = source.Get(attribute);
            if (value is null || value.IsNull || (value.IsUnknown && unsetComputed(attribute))) continue;
            if (value.IsUnknown)
            {
                // An unknown list hides how many peers (rules) there are; an unknown single peer is one rule.
                output.Add(Rule(field, Value.Unknown));
                complete &= !attribute.EndsWith('s'); // list attributes are the plural ones
                continue;
            }
            foreach (var item in value.IsList ? value.Items : [value])
            {
                if (item.IsNull) continue;
                if (field == "referencedGroupId" && item.IsString && item.AsString.IndexOf('/') is var slash and > 0)
                    output.Add(Rule(field, Value.From(item.AsString[(slash + 1)..]), Value.From(item.AsString[..slash])));
                else
                    output.Add(Rule(field, item));
            }
        }
        var self = source.Get("self");
        if (self is not null && self.IsBoolean && self.AsBoolean) output.Add(Rule("self", Value.True));
        else if (self is not null && self.IsUnknown && !unsetComputed("self"))
        {
            output.Add(Rule("self", Value.Unknown));
            complete = false;
        }
        return complete;
    }

    public static Value? Protocol(Value? raw)
    {
        if (raw is null || raw.IsUnknown) return raw;
        var text = raw.IsNumber ? raw.AsNumber.ToString(CultureInfo.InvariantCulture) : raw.IsString ? raw.AsString.Trim().ToLowerInvariant() : null;
        return text switch
        {
            null => raw,
            "-1" or "all" => Value.From("all"),
            "6" => Value.From("tcp"),
            "17" => Value.From("udp"),
            "1" => Value.From("icmp"),
            "58" => Value.From("icmpv6"),
            _ => Value.From(text),
        };
    }
}
