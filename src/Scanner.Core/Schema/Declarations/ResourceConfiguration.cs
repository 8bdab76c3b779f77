using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Core.Schema;

/// <summary>The properties of <c>resource_configuration</c>.</summary>
public static class ResourceConfigurationProperties
{
    public static PropertySchema Type { get; } = Declare.String("SINGLE, GROUP, CHILD or ARN (Terraform default SINGLE).");
    public static PropertySchema Definition { get; } = Declare.Object("The target (absent for GROUP).", ResourceConfigurationDefinitionProperties.All);
    public static PropertySchema PortRanges { get; } =
        Declare.List("Shared TCP port ranges; an entry that is not a port range is an unknown element (and a warning).", PortRangeProperties.PortRange);
    public static PropertySchema Protocol { get; } = Declare.String("TCP.");
    public static PropertySchema AllowAssociationToShareableServiceNetwork { get; } =
        Declare.Boolean("May be associated with shareable service networks (API default false).");
    public static PropertySchema ResourceGatewayId { get; } = Declare.String("Gateway id or ARN.");
    public static PropertySchema GroupId { get; } = Declare.String("Parent GROUP configuration (CHILD only).");
    public static PropertySchema CustomDomainName { get; } = Declare.String("Custom domain.");
    public static PropertySchema GroupDomain { get; } = Declare.String("Group domain (GROUP only).");
    public static PropertySchema AmazonManaged { get; } = Declare.Boolean("AWS-managed configuration.");
    public static PropertySchema Status { get; } = Declare.String("Lifecycle status.");
    public static PropertySchema ConsumersKnown { get; } = Declare.Boolean("The scan saw every share, service-network association and endpoint of the owner account that can use the configuration (true in live scans; unknown in templates and plans, which see only what they declare).");

    public static IReadOnlyList<PropertySchema> All { get; } =
    [
        Type, Definition, PortRanges, Protocol, AllowAssociationToShareableServiceNetwork, ResourceGatewayId, GroupId, CustomDomainName,
        GroupDomain, AmazonManaged, Status, ConsumersKnown,
    ];
}

/// <summary>The members of a resource configuration's <c>definition</c>.</summary>
public static class ResourceConfigurationDefinitionProperties
{
    public static PropertySchema Type { get; } = Declare.String("DNS, IP or ARN.");
    public static PropertySchema DomainName { get; } = Declare.String("DNS target.");
    public static PropertySchema IpAddressType { get; } = Declare.String("DNS target address type.");
    public static PropertySchema IpAddress { get; } = Declare.String("IP target.");
    public static PropertySchema Arn { get; } = Declare.String("ARN target (RDS).");

    public static IReadOnlyList<PropertySchema> All { get; } = [Type, DomainName, IpAddressType, IpAddress, Arn];
}

/// <summary>The relations of <c>resource_configuration</c>.</summary>
public static class ResourceConfigurationRelations
{
    public static RelationSchema Gateway { get; } = Declare.ToOne("The resource gateway.", [K.ResourceGateway]);
    public static RelationSchema Parent { get; } = Declare.ToOne("The GROUP configuration of a CHILD.", [K.ResourceConfiguration]);
    public static RelationSchema TargetInterface { get; } = Declare.ToOne("The network interface that holds an IP target (live scans).", [K.NetworkInterface]);
    public static RelationSchema NearbyDatabases { get; } = Declare.ToMany("RDS and Aurora databases declared in the same Terraform plan or CloudFormation template (IaC scans; live scans read the target's network interface instead), the first five the source declares: what an IP target may stand for.", [K.Database]);
    public static RelationSchema Children { get; } = Declare.Inverse("CHILD configurations of a GROUP.", K.ResourceConfiguration, Parent);
    public static RelationSchema AccessLogSubscriptions { get; } =
        Declare.Inverse("Access-log subscriptions on this configuration.", K.AccessLogSubscription, AccessLogSubscriptionRelations.Target);
    public static RelationSchema Shares { get; } = Declare.Inverse("RAM shares that carry this configuration.", K.ResourceShare, ResourceShareRelations.Resources);
    public static RelationSchema ServiceNetworkAssociations { get; } = Declare.Inverse("Service-network resource associations of this configuration.",
        K.ServiceNetworkResourceAssociation, ServiceNetworkResourceAssociationRelations.ResourceConfiguration);
    public static RelationSchema Endpoints { get; } =
        Declare.Inverse("Resource-type VPC endpoints that consume this configuration.", K.VpcEndpoint, VpcEndpointRelations.ResourceConfiguration);
    public static RelationSchema ResourcePolicies { get; } =
        Declare.Inverse("Resource policies on this configuration.", K.ResourcePolicy, ResourcePolicyRelations.Target);

    public static IReadOnlyList<RelationSchema> All { get; } =
        [Gateway, Parent, TargetInterface, NearbyDatabases, Children, AccessLogSubscriptions, Shares, ServiceNetworkAssociations, Endpoints, ResourcePolicies];
}
