using Scanner.Core.Aws;
using Scanner.Core.Inventory;
using Scanner.Core.Schema;

namespace Scanner.Reporting.Html;

/// <summary>
/// The sharing chains of an inventory, one per resource configuration or service network that is shared (a RAM
/// share carries it) or consumed (an endpoint, association or service network reaches it). Built from the
/// inventory graph's relations, so every input form (Terraform, CloudFormation, live) draws the same way.
/// </summary>
public sealed class SharingGraph
{
    private const int Owner = 0, Gateway = 1, Root = 2, Share = 3, Consumer = 4;

    private SharingGraph(IReadOnlyList<SharingChain> chains) => Chains = chains;

    public static SharingGraph Empty { get; } = new([]);

    public IReadOnlyList<SharingChain> Chains { get; }

    public static SharingGraph Build(IEnumerable<Resource> resources, OrganizationContext organization)
    {
        var graph = new InventoryGraph(resources);
        var chains = new List<SharingChain>();
        foreach (var config in graph.OfKind(ResourceKinds.ResourceConfiguration))
            if (Chain(graph, organization, config) is { } c) chains.Add(c);
        foreach (var network in graph.OfKind(ResourceKinds.ServiceNetwork))
            if (Chain(graph, organization, network) is { } c) chains.Add(c);
        return new SharingGraph(chains.OrderBy(c => c.Title, StringComparer.Ordinal).ThenBy(c => c.RootKey, StringComparer.Ordinal).ToList());
    }

    private static SharingChain? Chain(InventoryGraph graph, OrganizationContext org, Resource root)
    {
        var isConfig = root.Kind == ResourceKinds.ResourceConfiguration;
        var shares = Targets(graph, root, isConfig ? ResourceConfigurationRelations.Shares : ServiceNetworkRelations.Shares);
        var endpoints = Targets(graph, root, isConfig ? ResourceConfigurationRelations.Endpoints : ServiceNetworkRelations.Endpoints);
        var associations = isConfig
            ? Targets(graph, root, ResourceConfigurationRelations.ServiceNetworkAssociations).SelectMany(a => Targets(graph, a, ServiceNetworkResourceAssociationRelations.ServiceNetwork)).ToList()
            : Targets(graph, root, ServiceNetworkRelations.VpcAssociations).Concat(Targets(graph, root, ServiceNetworkRelations.EndpointAssociations)).ToList();
        if (shares.Count == 0 && endpoints.Count == 0 && associations.Count == 0) return null;

        var nodes = new Dictionary<string, SharingNode>(StringComparer.Ordinal);
        var edges = new List<SharingEdge>();
        void Node(SharingNode n) => nodes.TryAdd(n.Id, n);

        var owner = root.AccountId ?? AccountOf(root.Arn);
        var ownerId = "owner:" + (owner ?? "?");
        Node(new SharingNode(ownerId, "owner", owner is null ? "owner account" : "account " + owner, owner is null ? "owner not known (IaC)" : "owns the " + Noun(root), Owner, [], owner is null ? null : org.Contains(owner)));
        Node(new SharingNode(root.Key, isConfig ? "configuration" : "service-network", root.DisplayName, Noun(root) + " " + (root.Arn ?? root.Key), Root, [root.Key]));
        if (isConfig)
        {
            foreach (var gw in Targets(graph, root, ResourceConfigurationRelations.Gateway))
            {
                Node(new SharingNode(gw.Key, "gateway", gw.DisplayName, "resource gateway " + (gw.Arn ?? gw.Key), Gateway, [gw.Key]));
                edges.Add(new SharingEdge(ownerId, gw.Key, "owns"));
                edges.Add(new SharingEdge(gw.Key, root.Key, "serves"));
            }
            if (Targets(graph, root, ResourceConfigurationRelations.Gateway).Count == 0) edges.Add(new SharingEdge(ownerId, root.Key, "owns"));
        }
        else edges.Add(new SharingEdge(ownerId, root.Key, "owns"));

        foreach (var share in shares)
        {
            Node(new SharingNode(share.Key, "share", share.DisplayName, "RAM share " + (share.Arn ?? share.Key) + ExternalNote(share), Share, [share.Key]));
            edges.Add(new SharingEdge(root.Key, share.Key, "shared by"));
            foreach (var principal in Principals(share))
            {
                var inside = org.Contains(principal);
                var id = "principal:" + principal;
                Node(new SharingNode(id, "principal", principal,
                    inside switch { true => "principal inside the organization", false => "principal OUTSIDE the organization", _ => "principal (organization membership unknown)" },
                    Consumer, [], inside));
                edges.Add(new SharingEdge(share.Key, id, "grants", share.Key, [principal]));
            }
        }
        foreach (var endpoint in endpoints)
        {
            var account = endpoint.AccountId ?? endpoint.Properties.GetString(VpcEndpointProperties.OwnerId.Name) ?? AccountOf(endpoint.Arn);
            Node(new SharingNode(endpoint.Key, "endpoint", endpoint.DisplayName, "VPC endpoint " + (endpoint.Arn ?? endpoint.Key) + (account is null ? "" : " in account " + account),
                Consumer + 1, [endpoint.Key], account is null ? null : org.Contains(account)));
            edges.Add(new SharingEdge(endpoint.Key, root.Key, "consumes", endpoint.Key, [root.Arn ?? root.Key, root.Id ?? root.Key]));
        }
        foreach (var other in associations)
        {
            var viaEndpoint = other.Kind == ResourceKinds.ServiceNetworkEndpointAssociation ? Targets(graph, other, ServiceNetworkEndpointAssociationRelations.Endpoint).FirstOrDefault() : null;
            var shown = viaEndpoint ?? other;
            var account = shown.AccountId ?? AccountOf(shown.Arn);
            var role = other.Kind == ResourceKinds.ServiceNetwork ? "service-network" : "association";
            Node(new SharingNode(shown.Key, role, shown.DisplayName, Noun(shown) + " " + (shown.Arn ?? shown.Key), Consumer + 1, [shown.Key, other.Key], account is null ? null : org.Contains(account)));
            edges.Add(new SharingEdge(shown.Key, root.Key, other.Kind == ResourceKinds.ServiceNetwork ? "associates" : "joins", other.Key, [root.Arn ?? root.Key]));
        }
        return new SharingChain(Noun(root) + " " + root.DisplayName, root.Key, nodes.Values.ToList(), edges);
    }

    private static List<Resource> Targets(InventoryGraph graph, Resource from, RelationSchema relation) =>
        graph.HasRelation(from.Kind, relation.Name)
            ? graph.Follow(from, relation.Name).Where(t => t.Resource is not null).Select(t => t.Resource!).Distinct().OrderBy(r => r.Key, StringComparer.Ordinal).ToList()
            : [];

    private static IEnumerable<string> Principals(Resource share) =>
        share.Properties.Get(ResourceShareProperties.Principals.Name) is { IsList: true } list
            ? list.Items.Where(p => p.IsMap).Select(p => p.GetString(RamPrincipalProperties.Id.Name)).OfType<string>().Where(p => p.Length > 0).Distinct().Order(StringComparer.Ordinal)
            : [];

    private static string ExternalNote(Resource share) =>
        share.Properties.Get(ResourceShareProperties.AllowExternalPrincipals.Name) is { IsBoolean: true } b && b.AsBoolean ? " (allows external principals)" : "";

    private static string Noun(Resource r) => r.Kind switch
    {
        ResourceKinds.ResourceConfiguration => "resource configuration",
        ResourceKinds.ServiceNetwork => "service network",
        ResourceKinds.ServiceNetworkVpcAssociation => "VPC association",
        ResourceKinds.VpcEndpoint => "VPC endpoint",
        _ => r.Kind.Replace('_', ' '),
    };

    private static string? AccountOf(string? arn) => arn is not null && Arn.TryParse(arn) is { } a && AccountId.IsValid(a.AccountId) ? a.AccountId : null;
}
