using Scanner.Core.Inventory;
using Scanner.Core.Schema;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary><c>AWS::VpcLattice::ServiceNetworkResourceAssociation</c> → <c>service_network_resource_association</c>.</summary>
internal sealed class ServiceNetworkResourceAssociationMapper : IKindMapper
{
    public string CfnType => "AWS::VpcLattice::ServiceNetworkResourceAssociation";
    public string Kind => ResourceKinds.ServiceNetworkResourceAssociation;

    public void Map(ResourceContext c)
    {
        c.SetRelatedText("ServiceNetworkId", ServiceNetworkResourceAssociationProperties.ServiceNetworkId, ServiceNetworkResourceAssociationRelations.ServiceNetwork);
        c.SetRelatedText("ResourceConfigurationId", ServiceNetworkResourceAssociationProperties.ResourceConfigurationId, ServiceNetworkResourceAssociationRelations.ResourceConfiguration);
        c.SetBoolean("PrivateDnsEnabled", ServiceNetworkResourceAssociationProperties.PrivateDnsEnabled);
    }
}
