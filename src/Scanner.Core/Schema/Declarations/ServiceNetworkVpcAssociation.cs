using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Core.Schema;

/// <summary>The properties of <c>service_network_vpc_association</c>.</summary>
public static class ServiceNetworkVpcAssociationProperties
{
    public static PropertySchema VpcId { get; } = Declare.String("Consumer VPC.");
    public static PropertySchema ServiceNetworkId { get; } = Declare.String("Service network id or ARN.");
    public static PropertySchema SecurityGroupIds { get; } = Declare.StringList("Security groups on the association (none: no filtering at all).");
    public static PropertySchema PrivateDnsEnabled { get; } = Declare.Boolean("Private DNS enabled.");
    public static PropertySchema Status { get; } = Declare.String("Lifecycle status.");

    public static IReadOnlyList<PropertySchema> All { get; } = [VpcId, ServiceNetworkId, SecurityGroupIds, PrivateDnsEnabled, Status];
}

/// <summary>The relations of <c>service_network_vpc_association</c>.</summary>
public static class ServiceNetworkVpcAssociationRelations
{
    public static RelationSchema ServiceNetwork { get; } = Declare.ToOne("The service network.", [K.ServiceNetwork]);
    public static RelationSchema SecurityGroups { get; } = Declare.ToMany("Security groups on the association.", [K.SecurityGroup]);

    public static IReadOnlyList<RelationSchema> All { get; } = [ServiceNetwork, SecurityGroups];
}
