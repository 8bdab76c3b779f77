using Scanner.Core.Aws;
using Scanner.Core.Inventory;

namespace Scanner.Collectors.Terraform.Mapping;

/// <summary>
/// Classifies a RAM principal: a 12-digit account, an organization or OU ARN
/// (<c>arn:aws:organizations::…:organization/o-…</c>, <c>…:ou/o-…/ou-…</c>), another ARN (IAM role/user), or a
/// service principal (<c>service.amazonaws.com</c>).
/// </summary>
internal static class RamPrincipal
{
    public static Value Describe(Value? principal)
    {
        if (principal is null || !principal.IsString)
            return new MapBuilder().Set("id", principal ?? Value.Unknown).Set("type", Value.Unknown).Build();
        var id = principal.AsString.Trim();
        var b = new MapBuilder().Set("id", id);
        if (AccountId.IsValid(id)) return b.Set("type", "account").Set("accountId", id).Build();
        if (Arn.TryParse(id) is { } arn)
        {
            if (arn.Service == "organizations")
            {
                var segments = arn.Resource.Split('/');
                var orgId = segments.Length > 1 && segments[1].StartsWith("o-", StringComparison.Ordinal) ? segments[1] : null;
                return segments[0] switch
                {
                    "organization" => b.Set("type", "organization").Set("organizationId", orgId).Build(),
                    "ou" => b.Set("type", "organizationalUnit").Set("organizationId", orgId).Build(),
                    "account" when segments.Length > 2 => b.Set("type", "account").Set("accountId", segments[2]).Set("organizationId", orgId).Build(),
                    _ => b.Set("type", "iam").Build(),
                };
            }
            return b.Set("type", "iam").Set("accountId", AccountId.IsValid(arn.AccountId) ? arn.AccountId : null).Build();
        }
        return b.Set("type", "service").Build();
    }
}
