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

    /// <summary>Joins snapshots: resources de-duplicated by key (the first wins), coverage and errors united.</summary>
    public static InventorySnapshot Merge(IReadOnlyList<InventorySnapshot> parts)
    {
        if (parts.Count == 1) return parts[0];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var resources = new List<Resource>();
        foreach (var p in parts)
        foreach (var r in p.Resources)
            if (seen.Add(r.Key)) resources.Add(r);
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
