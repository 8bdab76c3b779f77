using Scanner.Core.Collection;
using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// Reads the peers of a CloudFormation security-group rule (inline, or a separate ingress/egress resource) and hands
/// them to <see cref="SecurityGroupRules"/>, which normalises protocol, ports and peers as for every source. What stays
/// here is CloudFormation's: field names, values coerced the way CloudFormation accepts them, a group named by
/// <c>SourceSecurityGroupName</c> (kept with the id unknown rather than a misleading name), and telling the rule's own
/// group from the <c>Ref</c>/<c>GetAtt</c> its peer field makes.
/// </summary>
internal static class TemplateRulePeers
{
    private static readonly (string Field, RulePeerKind Kind)[] IngressPeers =
    [
        ("CidrIp", RulePeerKind.CidrIpv4), ("CidrIpv6", RulePeerKind.CidrIpv6), ("SourcePrefixListId", RulePeerKind.PrefixList),
        ("SourceSecurityGroupId", RulePeerKind.Group), ("SourceSecurityGroupName", RulePeerKind.Group),
    ];

    private static readonly (string Field, RulePeerKind Kind)[] EgressPeers =
    [
        ("CidrIp", RulePeerKind.CidrIpv4), ("CidrIpv6", RulePeerKind.CidrIpv6), ("DestinationPrefixListId", RulePeerKind.PrefixList),
        ("DestinationSecurityGroupId", RulePeerKind.Group),
    ];

    /// <param name="groupLogicalId">The group the rule belongs to, to recognise a rule that names its own group.</param>
    /// <param name="rules">Receives one normalised rule per peer.</param>
    /// <param name="values">The template's shared values (ports).</param>
    /// <returns>False when some part of the rule is unknown.</returns>
    public static bool Normalise(RuleFields fields, string direction, string? groupLogicalId, List<Value> rules, Action<string> mismatch, ValuePool values)
    {
        var rawProtocol = fields.Get("IpProtocol") is { IsNumber: true } number ? number : ValueCoercion.Text(fields.Get("IpProtocol"), mismatch);
        var owner = direction == SecurityGroupRules.Ingress ? ValueCoercion.Text(fields.Get("SourceSecurityGroupOwnerId"), mismatch) : null;
        var peers = new List<RulePeer>();
        foreach (var (field, kind) in direction == SecurityGroupRules.Ingress ? IngressPeers : EgressPeers)
        {
            if (ValueCoercion.Text(fields.Get(field), mismatch) is not { } peer) continue;
            if (kind != RulePeerKind.Group)
            {
                peers.Add(new RulePeer(kind, peer));
                continue;
            }
            var references = fields.References(field);
            var isOwn = groupLogicalId is not null && references.Contains(groupLogicalId) ? Value.True
                : references.Count > 0 || peer.IsString ? null
                : Value.Unknown;
            var id = field == "SourceSecurityGroupName" ? Value.Unknown : peer;
            peers.Add(RulePeer.Group(id, owner, isOwn, identifiedByReference: references.Count > 0 || peer.IsString));
        }
        return SecurityGroupRules.Expand(direction, rawProtocol,
            ValueCoercion.Number(fields.Get("FromPort"), mismatch, values), ValueCoercion.Number(fields.Get("ToPort"), mismatch, values),
            ValueCoercion.Text(fields.Get("Description"), mismatch), peers, rules, noPeer: mismatch) && peers.Count > 0;
    }
}
