using Scanner.Core.Inventory;
using Scanner.Core.Schema;

namespace Scanner.Collectors.Aws.Collection;

/// <summary>
/// De-duplicates by key (the ARN) across accounts: the same shared configuration or network is listed by its owner
/// and by every consumer. The best-ranked copy wins (ties: the lowest collecting account, for determinism); the
/// result is ordered by kind and key, so output does not depend on scheduling.
/// </summary>
internal static class InventoryMerger
{
    /// <summary>
    /// Relations only the owner reads in full: access logs and policies (owner-only calls), and the associations and
    /// endpoints of every account (a consumer lists only its own VPC and service associations and endpoints, and the
    /// network's resource and endpoint associations not at all). In a consumer's view they are unknown, not empty; the edges the
    /// consumer did read stay beside the unknown one.
    /// </summary>
    private static readonly Dictionary<string, RelationSchema[]> OwnerOnlyRelations = new(StringComparer.Ordinal)
    {
        [ResourceKinds.ResourceConfiguration] =
        [
            ResourceConfigurationRelations.AccessLogSubscriptions, ResourceConfigurationRelations.ResourcePolicies,
            ResourceConfigurationRelations.ServiceNetworkAssociations, ResourceConfigurationRelations.Endpoints,
        ],
        [ResourceKinds.ServiceNetwork] =
        [
            ServiceNetworkRelations.AccessLogSubscriptions, ServiceNetworkRelations.AuthPolicies, ServiceNetworkRelations.ResourcePolicies,
            ServiceNetworkRelations.VpcAssociations, ServiceNetworkRelations.ResourceAssociations, ServiceNetworkRelations.Endpoints,
            ServiceNetworkRelations.EndpointAssociations, ServiceNetworkRelations.ServiceAssociations,
        ],
        [ResourceKinds.Service] =
        [
            ServiceRelations.AccessLogSubscriptions, ServiceRelations.AuthPolicies, ServiceRelations.ResourcePolicies,
            ServiceRelations.ServiceNetworkAssociations,
        ],
    };

    public static IReadOnlyList<Resource> Merge(IEnumerable<CollectedResource> collected)
    {
        var best = new BestCopies();
        foreach (var copy in collected) best.Add(copy);
        return Merge(best);
    }

    /// <summary>
    /// The kept copies as the inventory: one resource per key already, so no grouping (at a thousand accounts, grouping
    /// every resource again cost about as much memory as the copies' wrappers), sorted in place by kind and key.
    /// </summary>
    public static IReadOnlyList<Resource> Merge(BestCopies best)
    {
        var resources = best.Values.Select(MarkConsumerView).ToList();
        resources.Sort(static (a, b) =>
        {
            var byKind = string.CompareOrdinal(a.Kind, b.Kind);
            return byKind != 0 ? byKind : string.CompareOrdinal(a.Key, b.Key);
        });
        return resources;
    }

    /// <summary>
    /// A configuration, network or service that no scanned owner read (its owner is outside the scan, or could not be read) has
    /// no access-log or policy resources in the inventory because a consumer may not read them, not because there are
    /// none: its owner-only relations become unknown edges, so "no access logs" stays undecided instead of firing.
    /// </summary>
    private static Resource MarkConsumerView(CollectedResource best)
    {
        var r = best.Resource;
        if (best.CollectedBy == r.AccountId || !OwnerOnlyRelations.TryGetValue(r.Kind, out var relations)) return r;
        return new Resource(r.Kind, r.Key, r.Origin, r.Properties)
        {
            Arn = r.Arn, Id = r.Id, Name = r.Name, Address = r.Address, AccountId = r.AccountId, Region = r.Region,
            Location = r.Location, PropertyLocations = r.PropertyLocations, Aliases = r.Aliases, InlineSuppressions = r.InlineSuppressions,
            References = [.. r.References, .. relations.Select(r => r.Unresolvable())],
        };
    }
}
