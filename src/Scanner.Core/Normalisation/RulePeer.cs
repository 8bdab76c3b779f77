using Scanner.Core.Inventory;

namespace Scanner.Core.Normalisation;

/// <summary>
/// One peer of a security-group rule as a collector read it, before normalisation: its kind and value (an
/// unknown value when the source does not know it yet).
/// </summary>
public sealed record RulePeer(RulePeerKind Kind, Value Value)
{
    /// <summary>The account of a <see cref="RulePeerKind.Group"/> peer, when the source names one.</summary>
    public Value? GroupOwnerId { get; init; }

    /// <summary>
    /// For a <see cref="RulePeerKind.Group"/> peer: true when it is the rule's own group, false when it is known to
    /// be another, unknown (or null) when the source cannot tell.
    /// </summary>
    public Value? IsOwnGroup { get; init; }

    /// <summary>
    /// The source identifies the peer even though its value is unknown (a reference to a group declared in the same
    /// template or plan): the rule is then as good as known.
    /// </summary>
    public bool IdentifiedByReference { get; init; }

    /// <summary>The peer's own description (EC2 describes each range and pair); it takes the place of the rule's.</summary>
    public string? Description { get; init; }

    /// <summary>A group peer; <c>owner/sg-…</c> (another account's group, as EC2-Classic-era sources write it) is split.</summary>
    public static RulePeer Group(Value value, Value? ownerId = null, Value? isOwnGroup = null, bool identifiedByReference = false)
    {
        if (value is { IsString: true } s && s.AsString.IndexOf('/') is var slash and > 0)
            return new(RulePeerKind.Group, Value.From(s.AsString[(slash + 1)..]))
            {
                GroupOwnerId = ownerId ?? Value.From(s.AsString[..slash]), IsOwnGroup = isOwnGroup, IdentifiedByReference = identifiedByReference,
            };
        return new(RulePeerKind.Group, value) { GroupOwnerId = ownerId, IsOwnGroup = isOwnGroup, IdentifiedByReference = identifiedByReference };
    }

    /// <summary>A <c>self</c> flag: true, or unknown when the source does not know yet.</summary>
    public static RulePeer Self(Value flag) => new(RulePeerKind.Self, flag);
}
