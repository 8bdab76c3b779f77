using Scanner.Core.Aws;
using Scanner.Core.Inventory;
using P = Scanner.Core.Schema.RamPrincipalProperties;

namespace Scanner.Core.Normalisation;

/// <summary>
/// Classifies a RAM principal the way RAM documents them, for every source alike: a 12-digit account; an
/// organization ARN (<c>…:organization/o-…</c>), an OU ARN (<c>…:ou/o-…/ou-…</c>) or an organization's account ARN
/// (<c>…:account/o-…/111122223333</c>); an IAM role or user ARN; a service principal (<c>name.amazonaws.com</c>).
/// Anything else keeps its id with an unknown type; a principal whose text is itself unknown is an unknown element.
/// </summary>
public static class RamPrincipals
{
    public const string Account = "account";
    public const string Organization = "organization";
    public const string OrganizationalUnit = "organizationalUnit";
    public const string Iam = "iam";
    public const string Service = "service";

    /// <summary>The normalised principal object, or <see cref="Value.Unknown"/> when the principal is not a known string.</summary>
    public static Value Describe(Value? principal) =>
        principal is { IsString: true } s ? Classify(s.AsString).Build() : Value.Unknown;

    /// <summary>The normalised principal fields (<c>id</c>, <c>type</c>, <c>accountId</c>, <c>organizationId</c>) of a principal text.</summary>
    public static PropertyMapBuilder Classify(string principal)
    {
        var id = principal.Trim();
        var b = new PropertyMapBuilder().Set(P.Id, id);
        if (AccountId.IsValid(id)) return b.Set(P.Type, Account).Set(P.AccountId, id);
        if (Arn.TryParse(id) is { } arn)
        {
            if (arn.Service == "organizations") return Organizations(b, arn);
            if (arn.Service == "iam") return b.Set(P.Type, Iam).Set(P.AccountId, AccountId.IsValid(arn.AccountId) ? arn.AccountId : null);
            return b.Set(P.Type, Value.Unknown);
        }
        if (id.EndsWith(".amazonaws.com", StringComparison.Ordinal) && !id.Contains(':') && !id.Contains('/'))
            return b.Set(P.Type, Service);
        return b.Set(P.Type, Value.Unknown);
    }

    private static PropertyMapBuilder Organizations(PropertyMapBuilder b, Arn arn)
    {
        var segments = arn.Resource.Split('/');
        var organizationId = segments.Length > 1 && IsOrganizationId(segments[1]) ? segments[1] : null;
        return segments[0] switch
        {
            "organization" when segments.Length == 2 && organizationId is not null => b.Set(P.Type, Organization).Set(P.OrganizationId, organizationId),
            "ou" when segments.Length == 3 && organizationId is not null => b.Set(P.Type, OrganizationalUnit).Set(P.OrganizationId, organizationId),
            "account" when segments.Length == 3 && organizationId is not null && AccountId.IsValid(segments[2]) =>
                b.Set(P.Type, Account).Set(P.AccountId, segments[2]).Set(P.OrganizationId, organizationId),
            _ => b.Set(P.Type, Value.Unknown),
        };
    }

    /// <summary>An organization id segment: <c>o-</c> and at least one more character.</summary>
    public static bool IsOrganizationId(string text) => text.Length > 2 && text.StartsWith("o-", StringComparison.Ordinal);
}
