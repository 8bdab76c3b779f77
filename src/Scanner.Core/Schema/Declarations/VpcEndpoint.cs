using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Core.Schema;

/// <summary>The properties of <c>vpc_endpoint</c>.</summary>
public static class VpcEndpointProperties
{
    public static PropertySchema VpcEndpointType { get; } = Declare.String("Resource, ServiceNetwork, Interface, Gateway, GatewayLoadBalancer.");
    public static PropertySchema VpcId { get; } = Declare.String("Consumer VPC.");
    public static PropertySchema ResourceConfigurationArn { get; } = Declare.String("Consumed configuration (Resource type).");
    public static PropertySchema ResourceConfigurationAccountId { get; } = Declare.String("Account in that ARN.");
    public static PropertySchema ServiceNetworkArn { get; } = Declare.String("Consumed network (ServiceNetwork type).");
    public static PropertySchema ServiceNetworkAccountId { get; } = Declare.String("Account in that ARN.");
    public static PropertySchema ServiceName { get; } = Declare.String("Service name (Interface type).");
    public static PropertySchema SecurityGroupIds { get; } = Declare.StringList("Security groups.");
    public static PropertySchema SubnetIds { get; } = Declare.StringList("Subnets.");
    public static PropertySchema PrivateDnsEnabled { get; } = Declare.Boolean("Private DNS enabled (default false).");
    public static PropertySchema State { get; } = Declare.String("State.");
    public static PropertySchema OwnerId { get; } = Declare.String("Endpoint owner.");

    public static IReadOnlyList<PropertySchema> All { get; } =
    [
        VpcEndpointType, VpcId, ResourceConfigurationArn, ResourceConfigurationAccountId, ServiceNetworkArn, ServiceNetworkAccountId, ServiceName,
        SecurityGroupIds, SubnetIds, PrivateDnsEnabled, State, OwnerId,
    ];
}

/// <summary>The relations of <c>vpc_endpoint</c>.</summary>
public static class VpcEndpointRelations
{
    public static RelationSchema ResourceConfiguration { get; } = Declare.ToOne("Consumed configuration.", [K.ResourceConfiguration]);
    public static RelationSchema ServiceNetwork { get; } = Declare.ToOne("Consumed service network.", [K.ServiceNetwork]);
    public static RelationSchema SecurityGroups { get; } = Declare.ToMany("Security groups of the endpoint.", [K.SecurityGroup]);

    public static IReadOnlyList<RelationSchema> All { get; } = [ResourceConfiguration, ServiceNetwork, SecurityGroups];
}
