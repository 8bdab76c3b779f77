namespace Scanner.Core.Aws;

/// <summary>
/// What the scan knows of the AWS Organization: its id and member accounts. For IaC scans the user gives them
/// (<c>--org-id</c>, <c>--org-accounts</c>, config file); live scans read them from AWS Organizations.
/// With no accounts known, organisation checks cannot decide and evaluate to unknown.
/// </summary>
public sealed class OrganizationContext
{
    public static OrganizationContext None { get; } = new(null, []);

    public OrganizationContext(string? organizationId, IEnumerable<string> accountIds, IEnumerable<string>? organizationalUnitIds = null)
    {
        OrganizationId = organizationId;
        AccountIds = new HashSet<string>(accountIds, StringComparer.Ordinal);
        OrganizationalUnitIds = new HashSet<string>(organizationalUnitIds ?? [], StringComparer.Ordinal);
    }

    public string? OrganizationId { get; }
    public IReadOnlySet<string> AccountIds { get; }
    public IReadOnlySet<string> OrganizationalUnitIds { get; }

    public bool IsKnown => OrganizationId is not null || AccountIds.Count > 0;

    /// <summary>
    /// Decides whether a principal-like value (account id, ARN with an account, organization or OU ARN, an
    /// <c>o-…</c> id) is inside the organization. Null when it cannot be decided: no organisation context, or a
    /// value naming no account (a service principal, <c>*</c>).
    /// </summary>
    public bool? Contains(string value)
    {
        if (!IsKnown) return null;
        var v = value.Trim();
        if (AccountId.IsValid(v)) return AccountIds.Count > 0 ? AccountIds.Contains(v) : null;
        if (v.StartsWith("o-", StringComparison.Ordinal)) return OrganizationId is null ? null : v == OrganizationId;
        if (Arn.TryParse(v) is { } arn)
        {
            if (arn.Service == "organizations")
            {
                // arn:aws:organizations::<mgmt>:organization/o-x, ou/o-x/ou-y, account/o-x/<acct>
                var segments = arn.Resource.Split('/');
                var orgId = segments.Length > 1 ? segments[1] : null;
                if (segments[0] == "account" && segments.Length > 2 && AccountIds.Count > 0) return AccountIds.Contains(segments[2]);
                if (OrganizationId is not null && orgId is not null) return orgId == OrganizationId;
                return AccountIds.Count > 0 && AccountId.IsValid(arn.AccountId) ? AccountIds.Contains(arn.AccountId) : null;
            }
            if (AccountId.IsValid(arn.AccountId)) return AccountIds.Count > 0 ? AccountIds.Contains(arn.AccountId) : null;
            return null;
        }
        return null;
    }
}
