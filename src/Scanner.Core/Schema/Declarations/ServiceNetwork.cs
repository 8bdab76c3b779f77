using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Core.Schema;

/// <summary>The properties of <c>service_network</c>.</summary>
public static class ServiceNetworkProperties
{
    public static PropertySchema AuthType { get; } = Declare.String("NONE or AWS_IAM.");
    public static PropertySchema SharingEnabled { get; } = Declare.Boolean("Sharing configuration enabled (shareable service network).");

    public static IReadOnlyList<PropertySchema> All { get; } = [AuthType, SharingEnabled];
}

/// <summary>The relations of <c>service_network</c>, all mirrors of other kinds' relations.</summary>
public static class ServiceNetworkRelations
{
    public static RelationSchema AuthPolicies { get; } = Declare.Inverse("Auth policy attached to the network.", K.AuthPolicy, AuthPolicyRelations.Target);
    public static RelationSchema ResourcePolicies { get; } = Declare.Inverse("Resource policy attached to the network.", K.ResourcePolicy, ResourcePolicyRelations.Target);
    public static RelationSchema AccessLogSubscriptions { get; } =
        Declare.Inverse("Access-log subscriptions on the network.", K.AccessLogSubscription, AccessLogSubscriptionRelations.Target);
    public static RelationSchema VpcAssociations { get; } =
        Declare.Inverse("VPC associations.", K.ServiceNetworkVpcAssociation, ServiceNetworkVpcAssociationRelations.ServiceNetwork);
    public static RelationSchema ResourceAssociations { get; } =
        Declare.Inverse("Resource-configuration associations.", K.ServiceNetworkResourceAssociation, ServiceNetworkResourceAssociationRelations.ServiceNetwork);
    public static RelationSchema Endpoints { get; } = Declare.Inverse("Service-network VPC endpoints.", K.VpcEndpoint, VpcEndpointRelations.ServiceNetwork);
    public static RelationSchema EndpointAssociations { get; } =
        Declare.Inverse("Service-network endpoint associations.", K.ServiceNetworkEndpointAssociation, ServiceNetworkEndpointAssociationRelations.ServiceNetwork);
    public static RelationSchema Shares { get; } = Declare.Inverse("RAM shares that carry this network.", K.ResourceShare, ResourceShareRelations.Resources);
    public static RelationSchema ServiceAssociations { get; } = Declare.Inverse("Service associations (the VPC Lattice services in the network).",
        K.ServiceNetworkServiceAssociation, ServiceNetworkServiceAssociationRelations.ServiceNetwork);

    public static IReadOnlyList<RelationSchema> All { get; } =
        [AuthPolicies, ResourcePolicies, AccessLogSubscriptions, VpcAssociations, ResourceAssociations, Endpoints, EndpointAssociations, Shares, ServiceAssociations];
}
