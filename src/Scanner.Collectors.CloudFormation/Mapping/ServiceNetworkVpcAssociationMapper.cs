using Scanner.Core.Inventory;

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
        c.SetText("VpcIdentifier", "vpcId");
        c.SetRelatedText("ServiceNetworkIdentifier", "serviceNetworkId", "serviceNetwork");
        if (c.SetRelatedList("SecurityGroupIds", "securityGroupIds", "securityGroups") is null)
            c.Properties.Set("securityGroupIds", Value.EmptyList);
        c.SetBoolean("PrivateDnsEnabled", "privateDnsEnabled");
    }
}
