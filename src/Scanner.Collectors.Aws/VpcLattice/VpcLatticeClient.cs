using System.Text.Json;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.VpcLattice;

/// <summary>
/// A thin rest-json client for VPC Lattice (API 2022-11-30, signing name <c>vpc-lattice</c>): <c>GET</c> with URI
/// labels and query members exactly as the service model names them, JSON responses read without reflection.
/// </summary>
public sealed class VpcLatticeClient : IVpcLatticeClient
{
    /// <summary>The model's maximum page size (1..100), so large accounts need few calls.</summary>
    private const string PageSize = "100";

    private readonly AwsJsonTransport _transport;

    public VpcLatticeClient(AwsClientOptions options) => _transport = new AwsJsonTransport(options, AwsService.VpcLattice);

    /// <summary>Where the calls go and how they are signed (for diagnostics and tests).</summary>
    public AwsEndpoint Endpoint => _transport.Endpoint;

    public IAsyncEnumerable<ResourceGateway> ListResourceGatewaysAsync(CancellationToken ct = default) =>
        List("ListResourceGateways", "resourcegateways", [], ResourceGateway.FromJson, ct);

    public async Task<ResourceGateway> GetResourceGatewayAsync(string resourceGatewayIdentifier, CancellationToken ct = default)
    {
        using var doc = await Get("GetResourceGateway", "resourcegateways/" + Label(resourceGatewayIdentifier), ct).ConfigureAwait(false);
        return ResourceGateway.FromJson(doc.RootElement);
    }

    public IAsyncEnumerable<ResourceConfiguration> ListResourceConfigurationsAsync(string? resourceGatewayIdentifier = null,
        string? resourceConfigurationGroupIdentifier = null, CancellationToken ct = default) =>
        List("ListResourceConfigurations", "resourceconfigurations",
            Query(("resourceGatewayIdentifier", resourceGatewayIdentifier), ("resourceConfigurationGroupIdentifier", resourceConfigurationGroupIdentifier)),
            e => ResourceConfiguration.FromJson(e, detail: false), ct);

    public async Task<ResourceConfiguration> GetResourceConfigurationAsync(string resourceConfigurationIdentifier, CancellationToken ct = default)
    {
        using var doc = await Get("GetResourceConfiguration", "resourceconfigurations/" + Label(resourceConfigurationIdentifier), ct).ConfigureAwait(false);
        return ResourceConfiguration.FromJson(doc.RootElement, detail: true);
    }

    public IAsyncEnumerable<ResourceEndpointAssociation> ListResourceEndpointAssociationsAsync(string resourceConfigurationIdentifier, CancellationToken ct = default) =>
        List("ListResourceEndpointAssociations", "resourceendpointassociations",
            Query(("resourceConfigurationIdentifier", resourceConfigurationIdentifier)), ResourceEndpointAssociation.FromJson, ct);

    public IAsyncEnumerable<ServiceNetwork> ListServiceNetworksAsync(CancellationToken ct = default) =>
        List("ListServiceNetworks", "servicenetworks", [], e => ServiceNetwork.FromJson(e, detail: false), ct);

    public async Task<ServiceNetwork> GetServiceNetworkAsync(string serviceNetworkIdentifier, CancellationToken ct = default)
    {
        using var doc = await Get("GetServiceNetwork", "servicenetworks/" + Label(serviceNetworkIdentifier), ct).ConfigureAwait(false);
        return ServiceNetwork.FromJson(doc.RootElement, detail: true);
    }

    public IAsyncEnumerable<ServiceNetworkResourceAssociation> ListServiceNetworkResourceAssociationsAsync(string? serviceNetworkIdentifier = null,
        string? resourceConfigurationIdentifier = null, bool? includeChildren = null, CancellationToken ct = default) =>
        List("ListServiceNetworkResourceAssociations", "servicenetworkresourceassociations",
            Query(("serviceNetworkIdentifier", serviceNetworkIdentifier), ("resourceConfigurationIdentifier", resourceConfigurationIdentifier),
                ("includeChildren", includeChildren is null ? null : includeChildren.Value ? "true" : "false")),
            ServiceNetworkResourceAssociation.FromJson, ct);

    public IAsyncEnumerable<ServiceNetworkVpcAssociation> ListServiceNetworkVpcAssociationsAsync(string? serviceNetworkIdentifier = null,
        string? vpcIdentifier = null, CancellationToken ct = default) =>
        List("ListServiceNetworkVpcAssociations", "servicenetworkvpcassociations",
            Query(("serviceNetworkIdentifier", serviceNetworkIdentifier), ("vpcIdentifier", vpcIdentifier)),
            e => ServiceNetworkVpcAssociation.FromJson(e, detail: false), ct);

    public async Task<ServiceNetworkVpcAssociation> GetServiceNetworkVpcAssociationAsync(string serviceNetworkVpcAssociationIdentifier, CancellationToken ct = default)
    {
        using var doc = await Get("GetServiceNetworkVpcAssociation", "servicenetworkvpcassociations/" + Label(serviceNetworkVpcAssociationIdentifier), ct).ConfigureAwait(false);
        return ServiceNetworkVpcAssociation.FromJson(doc.RootElement, detail: true);
    }

    public IAsyncEnumerable<ServiceNetworkEndpointAssociation> ListServiceNetworkVpcEndpointAssociationsAsync(string serviceNetworkIdentifier, CancellationToken ct = default) =>
        List("ListServiceNetworkVpcEndpointAssociations", "servicenetworkvpcendpointassociations",
            Query(("serviceNetworkIdentifier", serviceNetworkIdentifier)), ServiceNetworkEndpointAssociation.FromJson, ct);

    public IAsyncEnumerable<Service> ListServicesAsync(CancellationToken ct = default) =>
        List("ListServices", "services", [], e => Service.FromJson(e, detail: false), ct);

    public async Task<Service> GetServiceAsync(string serviceIdentifier, CancellationToken ct = default)
    {
        using var doc = await Get("GetService", "services/" + Label(serviceIdentifier), ct).ConfigureAwait(false);
        return Service.FromJson(doc.RootElement, detail: true);
    }

    public IAsyncEnumerable<ServiceNetworkServiceAssociation> ListServiceNetworkServiceAssociationsAsync(string? serviceNetworkIdentifier = null,
        string? serviceIdentifier = null, CancellationToken ct = default) =>
        List("ListServiceNetworkServiceAssociations", "servicenetworkserviceassociations",
            Query(("serviceNetworkIdentifier", serviceNetworkIdentifier), ("serviceIdentifier", serviceIdentifier)),
            ServiceNetworkServiceAssociation.FromJson, ct);

    public IAsyncEnumerable<AccessLogSubscription> ListAccessLogSubscriptionsAsync(string resourceIdentifier, CancellationToken ct = default) =>
        List("ListAccessLogSubscriptions", "accesslogsubscriptions", Query(("resourceIdentifier", resourceIdentifier)), AccessLogSubscription.FromJson, ct);

    public async Task<AuthPolicy?> GetAuthPolicyAsync(string resourceIdentifier, CancellationToken ct = default)
    {
        try
        {
            using var doc = await Get("GetAuthPolicy", "authpolicy/" + Label(resourceIdentifier), ct).ConfigureAwait(false);
            var policy = doc.RootElement.Str("policy");
            return string.IsNullOrWhiteSpace(policy) ? null : new AuthPolicy(policy, doc.RootElement.Str("state"));
        }
        catch (AwsServiceException e) when (e.IsNotFound)
        {
            return null;
        }
    }

    public async Task<string?> GetResourcePolicyAsync(string resourceArn, CancellationToken ct = default)
    {
        try
        {
            using var doc = await Get("GetResourcePolicy", "resourcepolicy/" + Label(resourceArn), ct).ConfigureAwait(false);
            var policy = doc.RootElement.Str("policy");
            return string.IsNullOrWhiteSpace(policy) ? null : policy;
        }
        catch (AwsServiceException e) when (e.IsNotFound)
        {
            return null;
        }
    }

    public async Task<IReadOnlyDictionary<string, string>> ListTagsForResourceAsync(string resourceArn, CancellationToken ct = default)
    {
        using var doc = await Get("ListTagsForResource", "tags/" + Label(resourceArn), ct).ConfigureAwait(false);
        var tags = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (doc.RootElement.Obj("tags") is { } map)
            foreach (var p in map.EnumerateObject())
                if (p.Value.ValueKind == JsonValueKind.String) tags[p.Name] = p.Value.GetString()!;
        return tags;
    }

    /// <summary>A non-greedy URI label: every reserved character (<c>:</c>, <c>/</c>) percent-encoded once.</summary>
    private static string Label(string value) => SigV4Signer.UriEncode(value);

    private static List<KeyValuePair<string, string>> Query(params (string Key, string? Value)[] members) =>
        members.Where(m => m.Value is not null).Select(m => new KeyValuePair<string, string>(m.Key, m.Value!)).ToList();

    private Task<JsonDocument> Get(string operation, string path, CancellationToken ct) =>
        _transport.RestAsync(operation, HttpMethod.Get, path, null, null, ct);

    private IAsyncEnumerable<T> List<T>(string operation, string path, List<KeyValuePair<string, string>> query,
        Func<JsonElement, T> item, CancellationToken ct) =>
        Paginator.All<T>(async (token, t) =>
        {
            var q = new List<KeyValuePair<string, string>>(query) { new("maxResults", PageSize) };
            if (token is not null) q.Add(new("nextToken", token));
            using var doc = await _transport.RestAsync(operation, HttpMethod.Get, path, q, null, t).ConfigureAwait(false);
            return (doc.RootElement.Array("items").Select(item).ToList(), doc.RootElement.Str("nextToken"));
        }, ct);
}
