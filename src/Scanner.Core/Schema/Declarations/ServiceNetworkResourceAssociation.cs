using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Core.Schema;

/// <summary>The properties of <c>service_network_resource_association</c>.</summary>
public static class ServiceNetworkResourceAssociationProperties
{
    public static PropertySchema ServiceNetworkId { get; } = Declare.String("Service network id or ARN.");
    public static PropertySchema ResourceConfigurationId { get; } = Declare.String("Configuration id or ARN.");
    public static PropertySchema PrivateDnsEnabled { get; } = Declare.Boolean("Private DNS enabled.");
    public static PropertySchema Status { get; } = Declare.String("Lifecycle status.");

    public static IReadOnlyList<PropertySchema> All { get; } = [ServiceNetworkId, ResourceConfigurationId, PrivateDnsEnabled, Status];
}

/// <summary>The relations of <c>service_network_resource_association</c>.</summary>
public static class ServiceNetworkResourceAssociationRelations
{
    public static RelationSchema ServiceNetwork { get; } = Declare.ToOne("The service network.", [K.ServiceNetwork]);
    public static RelationSchema ResourceConfiguration { get; } = Declare.ToOne("The resource configuration.", [K.ResourceConfiguration]);

    public static IReadOnlyList<RelationSchema> All { get; } = [ServiceNetwork, ResourceConfiguration];
}
