using Scanner.Core.Aws;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;

namespace Scanner.Pipeline.Snapshot;

/// <summary>
/// A saved inventory (<c>latticescan collect --output</c>): resources with their properties and references,
/// the organisation context, what was covered and what failed. <c>scan --inventory</c> evaluates it offline;
/// several snapshots (shards, runs) merge into one.
/// </summary>
public sealed record InventorySnapshot
{
    public const string FormatName = "latticescan-inventory";
    public const int FormatVersion = 1;

    public required IReadOnlyList<Resource> Resources { get; init; }
    public OrganizationContext Organization { get; init; } = OrganizationContext.None;
    public IReadOnlyList<string> Accounts { get; init; } = [];
    public IReadOnlyList<string> Regions { get; init; } = [];
    public IReadOnlyList<ScanDiagnostic> Diagnostics { get; init; } = [];
    public DateTimeOffset? CollectedAt { get; init; }

    /// <summary>
    /// Joins snapshots: resources de-duplicated by key, coverage and errors united. Of several copies the one from a
    /// snapshot that scanned the resource's owner account wins (the owner's view, as one unsharded live collection
    /// keeps it: a consumer or provider only sees a thin copy of the other side's endpoint or share); otherwise the
    /// first. Resources keep the position of their first copy.
    /// </summary>
    public static InventorySnapshot Merge(IReadOnlyList<InventorySnapshot> parts)
    {
        if (parts.Count == 1) return parts[0];
        var seen = new Dictionary<string, (int Position, bool Owner)>(StringComparer.Ordinal);
        var resources = new List<Resource>();
        foreach (var p in parts)
        {
            var scanned = new HashSet<string>(p.Accounts, StringComparer.Ordinal);
            foreach (var r in p.Resources)
            {
                var owner = r.AccountId is not null && scanned.Contains(r.AccountId);
                if (!seen.TryGetValue(r.Key, out var first))
                {
                    seen[r.Key] = (resources.Count, owner);
                    resources.Add(r);
                }
                else if (owner && !first.Owner)
                {
                    resources[first.Position] = r;
                    seen[r.Key] = (first.Position, true);
                }
            }
        }
        var orgId = parts.Select(p => p.Organization.OrganizationId).FirstOrDefault(o => o is not null);
        return new InventorySnapshot
        {
            Resources = resources,
            Organization = new OrganizationContext(orgId, parts.SelectMany(p => p.Organization.AccountIds), parts.SelectMany(p => p.Organization.OrganizationalUnitIds)),
            Accounts = parts.SelectMany(p => p.Accounts).Distinct().Order(StringComparer.Ordinal).ToList(),
            Regions = parts.SelectMany(p => p.Regions).Distinct().Order(StringComparer.Ordinal).ToList(),
            Diagnostics = parts.SelectMany(p => p.Diagnostics).Distinct().ToList(),
            CollectedAt = parts.Select(p => p.CollectedAt).Max(),
        };
    }
}
