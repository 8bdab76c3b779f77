using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary><c>AWS::VpcLattice::ServiceNetworkResourceAssociation</c> → <c>service_network_resource_association</c>.</summary>
internal sealed class ServiceNetworkResourceAssociationMapper : IKindMapper
{
    public string CfnType => "AWS::VpcLattice::ServiceNetworkResourceAssociation";
    public string Kind => ResourceKinds.ServiceNetworkResourceAssociation;

    public void Map(ResourceContext c)
    {
        c.SetRelatedText("ServiceNetworkId", "serviceNetworkId", "serviceNetwork");
        c.SetRelatedText("ResourceConfigurationId", "resourceConfigurationId", "resourceConfiguration");
        c.SetBoolean("PrivateDnsEnabled", "privateDnsEnabled");
    }
}
