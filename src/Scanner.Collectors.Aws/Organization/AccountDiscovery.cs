using Scanner.Collectors.Aws.Collection;
using Scanner.Collectors.Aws.Organizations;
using Scanner.Collectors.Aws.Protocol;
using Scanner.Core.Aws;
using Scanner.Core.Findings;

namespace Scanner.Collectors.Aws.Organization;

/// <summary>
/// Decides the accounts of a scan. With --org: all members from ListAccounts (the organization context, whatever their
/// status), narrowed to the --ou subtrees (ListChildren / ListAccountsForParent, recursively), to --accounts, minus
/// --exclude-accounts and other shards; only ACTIVE accounts are scanned, the rest are skipped with the reason.
/// Without --org: the calling account, or the --accounts given; the organization id comes from DescribeOrganization.
/// </summary>
internal static class AccountDiscovery
{
    public static async Task<AccountPlan> PlanAsync(AwsScanOptions options, IOrganizationsClient organizations, string callerAccount, CancellationToken ct)
    {
        var diagnostics = new List<ScanDiagnostic>();
        var skipped = new List<string>();
        if (!options.Organization)
        {
            var context = await DescribeAsync(organizations, callerAccount, diagnostics, ct).ConfigureAwait(false);
            var wanted = options.Accounts.Count > 0 ? options.Accounts.Distinct().ToList() : [callerAccount];
            return new AccountPlan(Filter(wanted, options, skipped), skipped, context, diagnostics);
        }

        Scanner.Collectors.Aws.Organizations.Organization? org = null;
        var accounts = new List<OrganizationAccount>();
        var ouIds = new List<string>();
        try
        {
            org = await organizations.DescribeOrganizationAsync(ct).ConfigureAwait(false);
            await foreach (var a in organizations.ListAccountsAsync(ct).ConfigureAwait(false)) accounts.Add(a);
        }
        catch (AwsServiceException e)
        {
            diagnostics.Add(Diagnostics.From(e, "OrganizationUnavailable",
                $"Could not list the organization's accounts ({e.ErrorCode}: {e.Message}); scanning only the calling account {callerAccount}."));
            return new AccountPlan(Filter([callerAccount], options, skipped), skipped,
                org is null ? OrganizationContext.None : new OrganizationContext(org.Id, accounts.Select(a => a.Id)), diagnostics);
        }

        IEnumerable<OrganizationAccount> scope = accounts;
        if (options.OrganizationalUnits.Count > 0)
        {
            var under = new HashSet<string>(StringComparer.Ordinal);
            try
            {
                foreach (var ou in options.OrganizationalUnits) await WalkAsync(organizations, ou, under, ouIds, ct).ConfigureAwait(false);
            }
            catch (AwsServiceException e)
            {
                diagnostics.Add(Diagnostics.From(e, Diagnostics.CodeFor(e), $"Could not walk the organizational units: {e.ErrorCode}: {e.Message}"));
            }
            scope = accounts.Where(a => under.Contains(a.Id));
        }
        var context2 = new OrganizationContext(org.Id, accounts.Select(a => a.Id), ouIds);
        var active = new List<string>();
        foreach (var a in scope.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            if (a.IsActive) active.Add(a.Id);
            else skipped.Add($"{a.Id}: {a.State ?? a.Status ?? "not active"}");
        }
        if (options.Accounts.Count > 0)
        {
            foreach (var extra in options.Accounts.Where(x => accounts.All(a => a.Id != x)))
                skipped.Add($"{extra}: not a member of {org.Id}");
            active = active.Where(options.Accounts.Contains).ToList();
        }
        return new AccountPlan(Filter(active, options, skipped), skipped, context2, diagnostics);
    }

    private static List<string> Filter(IEnumerable<string> accounts, AwsScanOptions options, List<string> skipped)
    {
        var result = new List<string>();
        foreach (var a in accounts)
        {
            if (options.ExcludeAccounts.Contains(a)) skipped.Add($"{a}: excluded");
            else if (options.Shard is { } s && !AccountSharding.InShard(a, s.Index, s.Count)) skipped.Add($"{a}: shard {AccountSharding.ShardOf(a, s.Count)} of {s.Count}");
            else result.Add(a);
        }
        return result;
    }

    private static async Task WalkAsync(IOrganizationsClient organizations, string parent, HashSet<string> accounts, List<string> ouIds, CancellationToken ct)
    {
        if (parent.StartsWith("ou-", StringComparison.Ordinal)) ouIds.Add(parent);
        await foreach (var a in organizations.ListAccountsForParentAsync(parent, ct).ConfigureAwait(false)) accounts.Add(a.Id);
        var children = new List<string>();
        await foreach (var c in organizations.ListChildrenAsync(parent, "ORGANIZATIONAL_UNIT", ct).ConfigureAwait(false)) children.Add(c.Id);
        foreach (var child in children) await WalkAsync(organizations, child, accounts, ouIds, ct).ConfigureAwait(false);
    }

    private static async Task<OrganizationContext> DescribeAsync(IOrganizationsClient organizations, string caller, List<ScanDiagnostic> diagnostics, CancellationToken ct)
    {
        try
        {
            var org = await organizations.DescribeOrganizationAsync(ct).ConfigureAwait(false);
            return new OrganizationContext(org.Id, []);
        }
        catch (AwsServiceException e) when (e.ErrorCode == "AWSOrganizationsNotInUseException")
        {
            return OrganizationContext.None;
        }
        catch (AwsServiceException e)
        {
            diagnostics.Add(Diagnostics.From(e, Diagnostics.CodeFor(e),
                $"Could not read the organization of {caller} ({e.ErrorCode}); organization checks will be undecided.") with { Level = DiagnosticLevel.Warning });
            return OrganizationContext.None;
        }
    }
}
