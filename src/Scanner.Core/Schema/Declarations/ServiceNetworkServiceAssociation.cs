using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Core.Schema;

/// <summary>The properties of <c>service_network_service_association</c>.</summary>
public static class ServiceNetworkServiceAssociationProperties
{
    public static PropertySchema ServiceNetworkId { get; } = Declare.String("Service network id or ARN.");
    public static PropertySchema ServiceId { get; } = Declare.String("Service id or ARN.");
    public static PropertySchema Status { get; } = Declare.String("Lifecycle status.");

    public static IReadOnlyList<PropertySchema> All { get; } = [ServiceNetworkId, ServiceId, Status];
}

/// <summary>The relations of <c>service_network_service_association</c>.</summary>
public static class ServiceNetworkServiceAssociationRelations
{
    public static RelationSchema ServiceNetwork { get; } = Declare.ToOne("The service network.", [K.ServiceNetwork]);
    public static RelationSchema Service { get; } = Declare.ToOne("The service.", [K.Service]);

    public static IReadOnlyList<RelationSchema> All { get; } = [ServiceNetwork, Service];
}
