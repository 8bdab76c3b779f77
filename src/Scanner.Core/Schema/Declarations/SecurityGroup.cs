using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Core.Schema;

/// <summary>The properties of <c>security_group</c>.</summary>
public static class SecurityGroupProperties
{
    public static PropertySchema GroupName { get; } = Declare.String("Group name (\"default\" for the VPC default group).");
    public static PropertySchema Description { get; } = Declare.String("Description.");
    public static PropertySchema VpcId { get; } = Declare.String("VPC.");
    public static PropertySchema OwnerId { get; } = Declare.String("Owner account.");
    public static PropertySchema IsDefault { get; } = Declare.Boolean("The VPC's default group.");
    public static PropertySchema Ingress { get; } = Declare.List("Inbound rules, one per peer.", SecurityGroupRuleProperties.Rule);
    public static PropertySchema Egress { get; } = Declare.List("Outbound rules, one per peer.", SecurityGroupRuleProperties.Rule);
    public static PropertySchema RulesComplete { get; } = Declare.Boolean("False when some rules could not be read or resolved (unknown).");

    public static IReadOnlyList<PropertySchema> All { get; } = [GroupName, Description, VpcId, OwnerId, IsDefault, Ingress, Egress, RulesComplete];
}

/// <summary>The relations of <c>security_group</c>, all mirrors of other kinds' relations.</summary>
public static class SecurityGroupRelations
{
    public static RelationSchema Gateways { get; } = Declare.Inverse("Gateways using the group.", K.ResourceGateway, ResourceGatewayRelations.SecurityGroups);
    public static RelationSchema Endpoints { get; } = Declare.Inverse("Endpoints using the group.", K.VpcEndpoint, VpcEndpointRelations.SecurityGroups);
    public static RelationSchema VpcAssociations { get; } = Declare.Inverse("Service-network VPC associations using the group.",
        K.ServiceNetworkVpcAssociation, ServiceNetworkVpcAssociationRelations.SecurityGroups);

    public static IReadOnlyList<RelationSchema> All { get; } = [Gateways, Endpoints, VpcAssociations];
}
