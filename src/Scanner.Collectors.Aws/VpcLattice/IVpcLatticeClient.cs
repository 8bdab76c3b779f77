namespace Scanner.Collectors.Aws.VpcLattice;

/// <summary>
/// The VPC Lattice read operations the collector uses, shaped like the AWS SDK's client and paginators so the
/// official package can stand in later. List calls follow <c>nextToken</c> to the end. Identifiers accept ids or
/// ARNs (use ARNs for resources another account owns).
/// </summary>
public interface IVpcLatticeClient
{
    IAsyncEnumerable<ResourceGateway> ListResourceGatewaysAsync(CancellationToken ct = default);
    Task<ResourceGateway> GetResourceGatewayAsync(string resourceGatewayIdentifier, CancellationToken ct = default);

    IAsyncEnumerable<ResourceConfiguration> ListResourceConfigurationsAsync(string? resourceGatewayIdentifier = null,
        string? resourceConfigurationGroupIdentifier = null, CancellationToken ct = default);
    Task<ResourceConfiguration> GetResourceConfigurationAsync(string resourceConfigurationIdentifier, CancellationToken ct = default);

    IAsyncEnumerable<ResourceEndpointAssociation> ListResourceEndpointAssociationsAsync(string resourceConfigurationIdentifier, CancellationToken ct = default);

    IAsyncEnumerable<ServiceNetwork> ListServiceNetworksAsync(CancellationToken ct = default);
    Task<ServiceNetwork> GetServiceNetworkAsync(string serviceNetworkIdentifier, CancellationToken ct = default);

    IAsyncEnumerable<ServiceNetworkResourceAssociation> ListServiceNetworkResourceAssociationsAsync(string? serviceNetworkIdentifier = null,
        string? resourceConfigurationIdentifier = null, bool? includeChildren = null, CancellationToken ct = default);

    IAsyncEnumerable<ServiceNetworkVpcAssociation> ListServiceNetworkVpcAssociationsAsync(string? serviceNetworkIdentifier = null,
        string? vpcIdentifier = null, CancellationToken ct = default);
    Task<ServiceNetworkVpcAssociation> GetServiceNetworkVpcAssociationAsync(string serviceNetworkVpcAssociationIdentifier, CancellationToken ct = default);

    IAsyncEnumerable<ServiceNetworkEndpointAssociation> ListServiceNetworkVpcEndpointAssociationsAsync(string serviceNetworkIdentifier, CancellationToken ct = default);

    IAsyncEnumerable<Service> ListServicesAsync(CancellationToken ct = default);
    Task<Service> GetServiceAsync(string serviceIdentifier, CancellationToken ct = default);

    /// <summary>Needs a filter: the model requires either <paramref name="serviceNetworkIdentifier"/> or <paramref name="serviceIdentifier"/>.</summary>
    IAsyncEnumerable<ServiceNetworkServiceAssociation> ListServiceNetworkServiceAssociationsAsync(string? serviceNetworkIdentifier = null,
        string? serviceIdentifier = null, CancellationToken ct = default);

    IAsyncEnumerable<AccessLogSubscription> ListAccessLogSubscriptionsAsync(string resourceIdentifier, CancellationToken ct = default);

    /// <summary>The auth policy, or null when none is attached (ResourceNotFoundException or an empty policy).</summary>
    Task<AuthPolicy?> GetAuthPolicyAsync(string resourceIdentifier, CancellationToken ct = default);

    /// <summary>The resource policy document, or null when none is attached (404 ResourceNotFoundException).</summary>
    Task<string?> GetResourcePolicyAsync(string resourceArn, CancellationToken ct = default);

    Task<IReadOnlyDictionary<string, string>> ListTagsForResourceAsync(string resourceArn, CancellationToken ct = default);
}
