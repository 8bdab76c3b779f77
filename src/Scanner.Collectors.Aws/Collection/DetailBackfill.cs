using Scanner.Collectors.Aws.Mapping;
using Scanner.Collectors.Aws.Protocol;
using Scanner.Collectors.Aws.VpcLattice;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;

namespace Scanner.Collectors.Aws.Collection;

/// <summary>
/// After all units: shared configurations, service networks and services that only consumers saw, thin (their owner was in the
/// plan but could not be read — a missing role, a failed list), are read in detail once, from the first consumer that
/// listed them. Owner-only data (logs, policies, tags) stays unknown for them.
/// </summary>
internal static class DetailBackfill
{
    public static async Task<(IReadOnlyList<CollectedResource> Resources, IReadOnlyList<ScanDiagnostic> Diagnostics)> RunAsync(
        IReadOnlyCollection<CollectedResource> collected, Func<string, string, Task<IVpcLatticeClient?>> lattice, CancellationToken ct)
    {
        var wanted = collected
            .Where(c => c.Resource.Kind is ResourceKinds.ResourceConfiguration or ResourceKinds.ServiceNetwork or ResourceKinds.Service)
            .GroupBy(c => c.Resource.Key, StringComparer.Ordinal)
            .Where(g => g.All(c => !c.Detail && c.CollectedBy != c.Resource.AccountId))
            .Select(g => g.OrderBy(c => c.CollectedBy, StringComparer.Ordinal).First())
            .ToList();
        var resources = new List<CollectedResource>();
        var diagnostics = new List<ScanDiagnostic>();
        foreach (var c in wanted)
        {
            var region = c.Resource.Region ?? "";
            if (await lattice(c.CollectedBy, region).ConfigureAwait(false) is not { } client) continue;
            try
            {
                var r = c.Resource.Kind switch
                {
                    ResourceKinds.ResourceConfiguration =>
                        LatticeMapper.Configuration(await client.GetResourceConfigurationAsync(c.Resource.Key, ct).ConfigureAwait(false), region, null, null,
                            m => diagnostics.Add(Diagnostics.InvalidValue(m, c.CollectedBy, region))),
                    ResourceKinds.ServiceNetwork => LatticeMapper.ServiceNetwork(await client.GetServiceNetworkAsync(c.Resource.Key, ct).ConfigureAwait(false), region, null),
                    _ => LatticeMapper.Service(await client.GetServiceAsync(c.Resource.Key, ct).ConfigureAwait(false), region, null),
                };
                resources.Add(new CollectedResource(r, c.CollectedBy, Detail: true));
            }
            catch (AwsServiceException e)
            {
                diagnostics.Add(Diagnostics.For(e, $"Shared {c.Resource.Kind} {c.Resource.Id}"));
            }
        }
        return (resources, diagnostics);
    }
}
