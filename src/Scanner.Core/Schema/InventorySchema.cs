using Scanner.Core.Inventory;

using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Core.Schema;

/// <summary>
/// The one catalogue of normalised property and relation names. Every collector writes these names, whatever the
/// source; rule paths are checked against it when rules load, so a typo fails loudly instead of never matching.
/// </summary>
public sealed class InventorySchema
{
    private readonly Dictionary<string, KindSchema> _kinds;

    public InventorySchema(IEnumerable<KindSchema> kinds)
    {
        _kinds = kinds.ToDictionary(k => k.Kind, StringComparer.Ordinal);
    }

    public IEnumerable<KindSchema> Kinds => _kinds.Values;

    public KindSchema? Kind(string kind) => _kinds.GetValueOrDefault(kind);

    /// <summary>Properties every resource has, whatever its kind (identity and provenance).</summary>
    public static IReadOnlyList<PropertySchema> CommonProperties => Schema.CommonProperties.All;

    public static PropertySchema SecurityGroupRule => SecurityGroupRuleProperties.Rule;

    public static PropertySchema PortRange => PortRangeProperties.PortRange;

    public static PropertySchema PolicyDocument => PolicyDocumentProperties.Policy;

    /// <summary>
    /// Every kind, its properties and its relations, in the order the reference page lists them. The names come from the
    /// declarations in <c>Schema/Declarations</c> (one file per kind), which the collectors write through.
    /// </summary>
    public static InventorySchema Default { get; } = new(
    [
        new(K.ResourceGateway, "A VPC Lattice resource gateway: ENIs in the provider VPC from which shared traffic leaves.",
            ResourceGatewayProperties.All, ResourceGatewayRelations.All),
        new(K.ResourceConfiguration, "A VPC Lattice resource configuration: the shared target behind a gateway.",
            ResourceConfigurationProperties.All, ResourceConfigurationRelations.All),
        new(K.ServiceNetwork, "A VPC Lattice service network.", ServiceNetworkProperties.All, ServiceNetworkRelations.All),
        new(K.Service, "A VPC Lattice service, where it meets resource sharing: its auth, access logs, networks and shares.",
            ServiceProperties.All, ServiceRelations.All),
        new(K.ServiceNetworkServiceAssociation, "A VPC Lattice service placed in a service network.",
            ServiceNetworkServiceAssociationProperties.All, ServiceNetworkServiceAssociationRelations.All),
        new(K.ServiceNetworkVpcAssociation, "A consumer VPC joined directly to a service network.",
            ServiceNetworkVpcAssociationProperties.All, ServiceNetworkVpcAssociationRelations.All),
        new(K.ServiceNetworkResourceAssociation, "A resource configuration placed in a service network.",
            ServiceNetworkResourceAssociationProperties.All, ServiceNetworkResourceAssociationRelations.All),
        new(K.ServiceNetworkEndpointAssociation, "A service-network VPC endpoint as the service network sees it.",
            ServiceNetworkEndpointAssociationProperties.All, ServiceNetworkEndpointAssociationRelations.All),
        new(K.AccessLogSubscription, "Access logs of a configuration or service network.",
            AccessLogSubscriptionProperties.All, AccessLogSubscriptionRelations.All),
        new(K.AuthPolicy, "The auth policy of a service network (or service).", AuthPolicyProperties.All, AuthPolicyRelations.All),
        new(K.ResourcePolicy, "A resource policy on a service network or configuration.", ResourcePolicyProperties.All, ResourcePolicyRelations.All),
        new(K.ResourceShare, "A RAM resource share: the authorisation to use a configuration or network.",
            ResourceShareProperties.All, ResourceShareRelations.All),
        new(K.VpcEndpoint, "An EC2 VPC endpoint (Resource, ServiceNetwork or Interface type).", VpcEndpointProperties.All, VpcEndpointRelations.All),
        new(K.SecurityGroup, "An EC2 security group with every rule, inline or separate, normalised.",
            SecurityGroupProperties.All, SecurityGroupRelations.All),
        new(K.NetworkInterface, "An ENI (live scans), used to tell who owns an IP target.", NetworkInterfaceProperties.All, NetworkInterfaceRelations.All),
        new(K.Database, "An RDS DB instance or Aurora DB cluster declared in a template or plan (IaC scans), seen so that a resource configuration beside it that targets an IP address can be recognised as pointing at a database.",
            DatabaseProperties.All, DatabaseRelations.All),
    ]);
}
