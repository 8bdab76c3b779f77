using Scanner.Core.Inventory;
using Scanner.Core.Schema;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary><c>AWS::VpcLattice::ResourceGateway</c> → <c>resource_gateway</c>. No defaults are filled: the schema declares none.</summary>
internal sealed class ResourceGatewayMapper : IKindMapper
{
    public string CfnType => "AWS::VpcLattice::ResourceGateway";
    public string Kind => ResourceKinds.ResourceGateway;

    public void Map(ResourceContext c)
    {
        c.SetName("Name");
        c.SetText("VpcIdentifier", ResourceGatewayProperties.VpcId);
        c.SetStringList("SubnetIds", ResourceGatewayProperties.SubnetIds);
        c.SetRelatedList("SecurityGroupIds", ResourceGatewayProperties.SecurityGroupIds, ResourceGatewayRelations.SecurityGroups);
        c.SetText("IpAddressType", ResourceGatewayProperties.IpAddressType);
        c.SetNumber("Ipv4AddressesPerEni", ResourceGatewayProperties.Ipv4AddressesPerEni);
        c.SetText("ResourceConfigDnsResolution", ResourceGatewayProperties.ResourceConfigDnsResolution);
    }
}
