using Scanner.Core.Aws;
using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// Classifies a RAM principal string as RAM documents them: a 12-digit account, an organization or OU ARN, an IAM
/// role/user ARN, or a service principal (<c>*.amazonaws.com</c>). Anything else keeps its id with an unknown type.
/// </summary>
internal static class PrincipalClassifier
{
    public static Value Describe(Value principal)
    {
        if (!principal.IsString) return Value.Unknown;
        var id = principal.AsString.Trim();
        var b = new MapBuilder().Set("id", id);
        if (AccountId.IsValid(id)) return b.Set("type", "account").Set("accountId", id).Build();
        if (Arn.TryParse(id) is { } arn)
        {
            if (arn.Service == "organizations")
            {
                var segments = arn.Resource.Split('/');
                var orgId = segments.Length > 1 ? segments[1] : null;
                return segments[0] switch
                {
                    "organization" => b.Set("type", "organization").Set("organizationId", orgId).Build(),
                    "ou" => b.Set("type", "organizationalUnit").Set("organizationId", orgId).Build(),
                    _ => b.Set("type", Value.Unknown).Build(),
                };
            }
            if (arn.Service == "iam")
                return b.Set("type", "iam").Set("accountId", arn.AccountId.Length > 0 ? arn.AccountId : null).Build();
        }
        if (id.EndsWith(".amazonaws.com", StringComparison.Ordinal) && !id.Contains(':'))
            return b.Set("type", "service").Build();
        return b.Set("type", Value.Unknown).Build();
    }
}
