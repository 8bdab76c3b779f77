using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Core.Schema;

/// <summary>The properties of <c>service_network_endpoint_association</c>.</summary>
public static class ServiceNetworkEndpointAssociationProperties
{
    public static PropertySchema ServiceNetworkId { get; } = Declare.String("Service network id or ARN.");
    public static PropertySchema VpcEndpointId { get; } = Declare.String("The endpoint.");
    public static PropertySchema VpcId { get; } = Declare.String("The endpoint's VPC.");
    public static PropertySchema VpcEndpointOwnerId { get; } = Declare.String("The endpoint's account.");
    public static PropertySchema State { get; } = Declare.String("State.");

    public static IReadOnlyList<PropertySchema> All { get; } = [ServiceNetworkId, VpcEndpointId, VpcId, VpcEndpointOwnerId, State];
}

/// <summary>The relations of <c>service_network_endpoint_association</c>.</summary>
public static class ServiceNetworkEndpointAssociationRelations
{
    public static RelationSchema ServiceNetwork { get; } = Declare.ToOne("The service network.", [K.ServiceNetwork]);
    public static RelationSchema Endpoint { get; } = Declare.ToOne("The VPC endpoint.", [K.VpcEndpoint]);

    public static IReadOnlyList<RelationSchema> All { get; } = [ServiceNetwork, Endpoint];
}
