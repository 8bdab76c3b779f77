using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary><c>AWS::VpcLattice::ServiceNetworkServiceAssociation</c> → <c>service_network_service_association</c>.</summary>
internal sealed class ServiceNetworkServiceAssociationMapper : IKindMapper
{
    public string CfnType => "AWS::VpcLattice::ServiceNetworkServiceAssociation";
    public string Kind => ResourceKinds.ServiceNetworkServiceAssociation;

    public void Map(ResourceContext c)
    {
        c.SetRelatedText("ServiceNetworkIdentifier", "serviceNetworkId", "serviceNetwork");
        c.SetRelatedText("ServiceIdentifier", "serviceId", "service");
    }
}
