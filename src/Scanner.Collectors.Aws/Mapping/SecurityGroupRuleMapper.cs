using Amazon.EC2.Model;
using Scanner.Core.Inventory;

namespace Scanner.Collectors.Aws.Mapping;

/// <summary>
/// EC2 IpPermissions → one normalised rule per peer (InventorySchema.SecurityGroupRule), exactly as the IaC collectors
/// write them: protocol <c>-1</c> → <c>all</c> with ports 0–65535, 6/17/1/58 → tcp/udp/icmp/icmpv6; a group that
/// references itself → <c>self: true</c>; another account's group → <c>referencedGroupOwnerId</c>.
/// </summary>
internal static class SecurityGroupRuleMapper
{
    public static IEnumerable<Value> Rules(IEnumerable<IpPermission>? permissions, string direction, string groupId, string ownerId)
    {
        foreach (var p in permissions ?? [])
        {
            var protocol = Protocol(p.IpProtocol);
            var all = protocol == "all";
            double? from = all ? 0 : p.FromPort;
            double? to = all ? 65535 : p.ToPort;

            MapBuilder Rule() => new MapBuilder().Set("direction", direction).Set("protocol", protocol).Set("fromPort", from).Set("toPort", to);

            foreach (var r in p.Ipv4Ranges ?? []) yield return Rule().Set("cidrIpv4", r.CidrIp).Set("description", r.Description).Build();
            foreach (var r in p.Ipv6Ranges ?? []) yield return Rule().Set("cidrIpv6", r.CidrIpv6).Set("description", r.Description).Build();
            foreach (var r in p.PrefixListIds ?? []) yield return Rule().Set("prefixListId", r.Id).Set("description", r.Description).Build();
            foreach (var g in p.UserIdGroupPairs ?? [])
            {
                if (g.GroupId == groupId && (g.UserId is null || g.UserId == ownerId))
                    yield return Rule().Set("self", true).Set("description", g.Description).Build();
                else
                    yield return Rule().Set("referencedGroupId", g.GroupId)
                        .Set("referencedGroupOwnerId", g.UserId is { } u && u != ownerId ? u : null)
                        .Set("description", g.Description).Build();
            }
        }
    }

    public static string Protocol(string? raw) => (raw ?? "-1").Trim().ToLowerInvariant() switch
    {
        "-1" or "all" => "all",
        "6" => "tcp",
        "17" => "udp",
        "1" => "icmp",
        "58" => "icmpv6",
        var p => p,
    };
}
