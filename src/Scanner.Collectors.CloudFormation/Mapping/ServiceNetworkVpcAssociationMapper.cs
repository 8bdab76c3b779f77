using Scanner.Core.Inventory;
using Scanner.Core.Schema;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// <c>AWS::VpcLattice::ServiceNetworkVpcAssociation</c> → <c>service_network_vpc_association</c>. Absent
/// <c>SecurityGroupIds</c> is an empty list, not unknown: the association then has no security-group filtering.
/// </summary>
internal sealed class ServiceNetworkVpcAssociationMapper : IKindMapper
{
    public string CfnType => "AWS::VpcLattice::ServiceNetworkVpcAssociation";
    public string Kind => ResourceKinds.ServiceNetworkVpcAssociation;

    public void Map(ResourceContext c)
    {
        c.SetText("VpcIdentifier", ServiceNetworkVpcAssociationProperties.VpcId);
        c.SetRelatedText("ServiceNetworkIdentifier", ServiceNetworkVpcAssociationProperties.ServiceNetworkId, ServiceNetworkVpcAssociationRelations.ServiceNetwork);
        if (c.SetRelatedList("SecurityGroupIds", ServiceNetworkVpcAssociationProperties.SecurityGroupIds, ServiceNetworkVpcAssociationRelations.SecurityGroups) is null)
            c.Properties.Set(ServiceNetworkVpcAssociationProperties.SecurityGroupIds, Value.EmptyList);
        c.SetBoolean("PrivateDnsEnabled", ServiceNetworkVpcAssociationProperties.PrivateDnsEnabled);
    }
}
