using Scanner.Core.Inventory;
using Scanner.Core.Schema;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary><c>AWS::VpcLattice::ServiceNetworkServiceAssociation</c> → <c>service_network_service_association</c>.</summary>
internal sealed class ServiceNetworkServiceAssociationMapper : IKindMapper
{
    public string CfnType => "AWS::VpcLattice::ServiceNetworkServiceAssociation";
    public string Kind => ResourceKinds.ServiceNetworkServiceAssociation;

    public void Map(ResourceContext c)
    {
        c.SetRelatedText("ServiceNetworkIdentifier", ServiceNetworkServiceAssociationProperties.ServiceNetworkId, ServiceNetworkServiceAssociationRelations.ServiceNetwork);
        c.SetRelatedText("ServiceIdentifier", ServiceNetworkServiceAssociationProperties.ServiceId, ServiceNetworkServiceAssociationRelations.Service);
    }
}
