using Amazon.EC2.Model;
using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;

namespace Scanner.Collectors.Aws.Mapping;

/// <summary>
/// EC2 IpPermissions → the peers <see cref="SecurityGroupRules"/> normalises for every source: one rule per CIDR,
/// prefix list or group; a pair naming the group itself (in the owner's account) is the group's own.
/// </summary>
internal static class SecurityGroupRuleMapper
{
    public static IEnumerable<Value> Rules(IEnumerable<IpPermission>? permissions, string direction, string groupId, string ownerId)
    {
        var output = new List<Value>();
        foreach (var p in permissions ?? [])
        {
            var peers = new List<RulePeer>();
            peers.AddRange((p.Ipv4Ranges ?? []).Select(r => Peer(RulePeerKind.CidrIpv4, r.CidrIp, r.Description)));
            peers.AddRange((p.Ipv6Ranges ?? []).Select(r => Peer(RulePeerKind.CidrIpv6, r.CidrIpv6, r.Description)));
            peers.AddRange((p.PrefixListIds ?? []).Select(r => Peer(RulePeerKind.PrefixList, r.Id, r.Description)));
            peers.AddRange((p.UserIdGroupPairs ?? []).Select(g => RulePeer.Group(Value.From(g.GroupId), g.UserId is { } u ? Value.From(u) : null,
                Value.From(g.GroupId == groupId && (g.UserId is null || g.UserId == ownerId))) with { Description = g.Description ?? "" }));
            SecurityGroupRules.Expand(direction, Value.From(p.IpProtocol ?? "-1"), Port(p.FromPort), Port(p.ToPort), null, peers, output, ownerId);
        }
        return output;
    }

    private static RulePeer Peer(RulePeerKind kind, string value, string? description) => new(kind, Value.From(value)) { Description = description ?? "" };

    private static Value? Port(int? port) => port is { } p ? Value.From(p) : null;
}
