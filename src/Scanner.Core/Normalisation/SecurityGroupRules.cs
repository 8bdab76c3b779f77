using System.Globalization;
using Scanner.Core.Inventory;
using R = Scanner.Core.Schema.SecurityGroupRuleProperties;

namespace Scanner.Core.Normalisation;

/// <summary>
/// The one normalisation of security-group rules (<see cref="Schema.InventorySchema.SecurityGroupRule"/>), whatever
/// the source: one rule object per peer.
/// <list type="bullet">
/// <item>Protocol: <c>-1</c>/<c>all</c> → <c>all</c>; 6/17/1/58 → tcp/udp/icmp/icmpv6; names lower-cased; other numbers stay numbers.</item>
/// <item>Ports: as EC2 applies them, <c>all</c> and every protocol other than tcp/udp/icmp/icmpv6 cover 0–65535 whatever
/// the source says; for icmp/icmpv6 they are the ICMP type and code, absent meaning all (-1); for tcp/udp an absent port is unknown.</item>
/// <item>Peers: CIDRs, prefix lists and groups as written; another account's group carries <c>referencedGroupOwnerId</c>
/// (not when it is the rule's own account); a rule whose peer is its own group is <c>self: true</c> with no
/// <c>referencedGroupId</c>; a group peer the source cannot tell from its own group has <c>self</c> unknown.</item>
/// <item>A rule without any peer grants nothing (EC2 rejects it): it is not written, and the caller is told.</item>
/// </list>
/// </summary>
public static class SecurityGroupRules
{
    public const string Ingress = "ingress";
    public const string Egress = "egress";
    public const string AllProtocols = "all";

    /// <summary>Why <see cref="DefaultEgress"/> exists, as its <c>implicitDefault</c> says.</summary>
    public const string DefaultEgressReason = "EC2's default allow-all egress rule, kept because the template sets no SecurityGroupEgress";

    /// <summary>The security group's list of rules of a direction (<see cref="Ingress"/> or <see cref="Egress"/>).</summary>
    public static Schema.PropertySchema ListOf(string direction) => direction switch
    {
        Ingress => Schema.SecurityGroupProperties.Ingress,
        Egress => Schema.SecurityGroupProperties.Egress,
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "expected ingress or egress"),
    };

    /// <summary>The normalised protocol; unknown when the source gives none or does not know it.</summary>
    public static Value Protocol(Value? raw)
    {
        var text = raw switch
        {
            { IsNumber: true } n => n.AsNumber.ToString(CultureInfo.InvariantCulture),
            { IsString: true } s => s.AsString.Trim().ToLowerInvariant(),
            _ => null,
        };
        return text switch
        {
            null or "" => Value.Unknown,
            "-1" or "all" => AllProtocolsValue,
            "6" or "tcp" => Tcp,
            "17" or "udp" => Udp,
            "1" or "icmp" => Icmp,
            "58" or "icmpv6" => Icmpv6,
            _ => raw is { IsString: true } && raw.AsString == text ? raw : Value.From(text),
        };
    }

    // The normalised words and the all-ports range as one value each: every rule of an inventory carries them.
    private static readonly Value AllProtocolsValue = Value.From(AllProtocols);
    private static readonly Value Tcp = Value.From("tcp");
    private static readonly Value Udp = Value.From("udp");
    private static readonly Value Icmp = Value.From("icmp");
    private static readonly Value Icmpv6 = Value.From("icmpv6");
    private static readonly Value LowestPort = Value.From(0);
    private static readonly Value HighestPort = Value.From(65535);
    private static readonly Value AnyIcmp = Value.From(-1);
    private static readonly Value IngressValue = Value.From(Ingress);
    private static readonly Value EgressValue = Value.From(Egress);

    /// <summary>The normalised port (or ICMP type/code) range for a normalised protocol; null (C#) arguments are absent ports.</summary>
    public static (Value From, Value To) Ports(Value protocol, Value? from, Value? to)
    {
        if (protocol.IsString && protocol.AsString is not ("tcp" or "udp" or "icmp" or "icmpv6"))
            return (LowestPort, HighestPort);
        if (protocol.IsString && protocol.AsString is "icmp" or "icmpv6")
            return (Port(from) ?? AnyIcmp, Port(to) ?? AnyIcmp);
        return (Port(from) ?? Value.Unknown, Port(to) ?? Value.Unknown);
    }

    private static Value? Port(Value? v) => v switch
    {
        null or { IsNull: true } => null,
        { IsString: true } s when double.TryParse(s.AsString, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => Value.From(n),
        { IsNumber: true } or { IsUnknown: true } => v,
        _ => Value.Unknown,
    };

    /// <summary>
    /// Appends one normalised rule per peer to <paramref name="output"/>.
    /// </summary>
    /// <param name="ownerAccountId">The account of the rule's own group, when known (a group peer in it has no owner written).</param>
    /// <returns>True when every rule written is known: protocol, ports and peer (a peer identified by reference counts as known).</returns>
    public static bool Expand(string direction, Value? rawProtocol, Value? rawFrom, Value? rawTo, Value? description,
        IEnumerable<RulePeer> peers, List<Value> output, string? ownerAccountId = null, Action<string>? noPeer = null)
    {
        var protocol = Protocol(rawProtocol);
        var (from, to) = Ports(protocol, rawFrom, rawTo);
        if (description is { IsString: true } d && d.AsString.Length == 0) description = null;
        if (description is { IsNull: true }) description = null;
        var complete = !protocol.IsUnknown && !from.IsUnknown && !to.IsUnknown;
        var directionValue = direction == Ingress ? IngressValue : direction == Egress ? EgressValue : Value.From(direction);
        var any = false;
        foreach (var peer in peers)
        {
            any = true;
            var rule = new PropertyMapBuilder().Set(R.Direction, directionValue).Set(R.Protocol, protocol).Set(R.FromPort, from).Set(R.ToPort, to);
            switch (peer.Kind)
            {
                case RulePeerKind.Self:
                    rule.Set(R.Self, peer.Value);
                    break;
                case RulePeerKind.Group when peer.IsOwnGroup is { IsBoolean: true, AsBoolean: true }:
                    rule.Set(R.Self, Value.True);
                    break;
                case RulePeerKind.Group:
                    rule.Set(R.ReferencedGroupId, peer.Value);
                    var owner = peer.GroupOwnerId;
                    if (owner is { IsString: true } o && (o.AsString.Length == 0 || o.AsString == ownerAccountId)) owner = null;
                    rule.Set(R.ReferencedGroupOwnerId, owner is { IsNull: true } ? null : owner);
                    if (peer.IsOwnGroup is { IsUnknown: true }) rule.Set(R.Self, Value.Unknown);
                    break;
                default:
                    rule.Set(FieldOf(peer.Kind), peer.Value);
                    break;
            }
            complete &= !peer.Value.IsUnknown || peer.IdentifiedByReference;
            var text = peer.Description is { Length: > 0 } own ? Value.From(own) : peer.Description is null ? description : null;
            output.Add(rule.Set(R.Description, text).Build());
        }
        if (!any) noPeer?.Invoke("the rule names no peer (CIDR, prefix list or security group); EC2 rejects such a rule, so it is not counted");
        return complete;
    }

    /// <summary>EC2's default egress rule of a new group (all protocols to 0.0.0.0/0), marked as one the source never wrote.</summary>
    public static Value DefaultEgress() => new PropertyMapBuilder()
        .Set(R.Direction, Egress).Set(R.Protocol, AllProtocols).Set(R.FromPort, 0).Set(R.ToPort, 65535)
        .Set(R.CidrIpv4, "0.0.0.0/0").Set(R.ImplicitDefault, DefaultEgressReason).Build();

    private static Schema.PropertySchema FieldOf(RulePeerKind kind) => kind switch
    {
        RulePeerKind.CidrIpv4 => R.CidrIpv4,
        RulePeerKind.CidrIpv6 => R.CidrIpv6,
        RulePeerKind.PrefixList => R.PrefixListId,
        _ => R.ReferencedGroupId,
    };
}
