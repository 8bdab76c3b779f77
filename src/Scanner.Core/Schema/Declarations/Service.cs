using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Core.Schema;

/// <summary>The properties of <c>service</c>.</summary>
public static class ServiceProperties
{
    public static PropertySchema AuthType { get; } = Declare.String("NONE or AWS_IAM (API, Terraform and CloudFormation default NONE).");
    public static PropertySchema CustomDomainName { get; } = Declare.String("Custom domain.");
    public static PropertySchema Status { get; } = Declare.String("Lifecycle status.");

    public static IReadOnlyList<PropertySchema> All { get; } = [AuthType, CustomDomainName, Status];
}

/// <summary>The relations of <c>service</c>, all mirrors of other kinds' relations.</summary>
public static class ServiceRelations
{
    public static RelationSchema AuthPolicies { get; } = Declare.Inverse("Auth policy attached to the service.", K.AuthPolicy, AuthPolicyRelations.Target);
    public static RelationSchema ResourcePolicies { get; } = Declare.Inverse("Resource policy attached to the service.", K.ResourcePolicy, ResourcePolicyRelations.Target);
    public static RelationSchema AccessLogSubscriptions { get; } =
        Declare.Inverse("Access-log subscriptions on the service.", K.AccessLogSubscription, AccessLogSubscriptionRelations.Target);
    public static RelationSchema ServiceNetworkAssociations { get; } =
        Declare.Inverse("Associations with service networks.", K.ServiceNetworkServiceAssociation, ServiceNetworkServiceAssociationRelations.Service);
    public static RelationSchema Shares { get; } = Declare.Inverse("RAM shares that carry this service.", K.ResourceShare, ResourceShareRelations.Resources);

    public static IReadOnlyList<RelationSchema> All { get; } = [AuthPolicies, ResourcePolicies, AccessLogSubscriptions, ServiceNetworkAssociations, Shares];
}
