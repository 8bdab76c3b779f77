using Scanner.Core.Inventory;

namespace Scanner.Collectors.Aws;

/// <summary>
/// The resource kinds a live scan produces (the mappers in <c>Mapping/</c>). A rule over one of them is proven through
/// the live mapping too: its case file needs <c>live</c> cases. A test over a collected organization keeps this list
/// equal to what the collector actually writes.
/// </summary>
public static class AwsCollectedKinds
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        ResourceKinds.ResourceGateway,
        ResourceKinds.ResourceConfiguration,
        ResourceKinds.ServiceNetwork,
        ResourceKinds.Service,
        ResourceKinds.ServiceNetworkServiceAssociation,
        ResourceKinds.ServiceNetworkVpcAssociation,
        ResourceKinds.ServiceNetworkResourceAssociation,
        ResourceKinds.ServiceNetworkEndpointAssociation,
        ResourceKinds.AccessLogSubscription,
        ResourceKinds.AuthPolicy,
        ResourceKinds.ResourcePolicy,
        ResourceKinds.ResourceShare,
        ResourceKinds.VpcEndpoint,
        ResourceKinds.SecurityGroup,
        ResourceKinds.NetworkInterface,
    };
}
