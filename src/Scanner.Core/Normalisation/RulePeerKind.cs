namespace Scanner.Core.Normalisation;

/// <summary>What a security-group rule's one peer is.</summary>
public enum RulePeerKind
{
    CidrIpv4,
    CidrIpv6,
    PrefixList,
    /// <summary>Another security group (or, with <see cref="RulePeer.IsOwnGroup"/> true, the rule's own).</summary>
    Group,
    /// <summary>The rule's own group, as a source's <c>self</c> flag says it.</summary>
    Self,
}
