using Scanner.Core.Aws;

namespace Scanner.Collectors.Aws.Mapping;

/// <summary>
/// One identity for an association seen from both of its accounts. VPC Lattice creates a service-network VPC
/// association "in the service network account and the VPC owner account", and an association involving a shared
/// resource "includes the local account ID as the prefix in the ARN": the network owner and the VPC owner (or the
/// configuration owner and the network owner) list the same association under two ARNs that differ only in the
/// account. The account that created it (<c>createdBy</c>) owns it; its ARN is the key, so both views merge into one
/// resource and the creator's copy wins.
/// </summary>
internal static class AssociationIdentity
{
    /// <returns>The ARN under the creating account and that account (the ARN as listed when createdBy is absent or not an account id).</returns>
    public static (string Arn, string Account) Canonical(string arn, string? createdBy)
    {
        var parsed = Arn.TryParse(arn);
        if (parsed is null) return (arn, "");
        if (createdBy is not { Length: 12 } owner || !owner.All(char.IsAsciiDigit) || owner == parsed.AccountId) return (arn, parsed.AccountId);
        return ((parsed with { AccountId = owner }).ToString(), owner);
    }
}
