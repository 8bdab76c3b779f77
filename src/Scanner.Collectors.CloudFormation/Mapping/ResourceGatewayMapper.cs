using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary><c>AWS::VpcLattice::ResourceGateway</c> → <c>resource_gateway</c>. No defaults are filled: the schema declares none.</summary>
internal sealed class ResourceGatewayMapper : IKindMapper
{
    public string CfnType => "AWS::VpcLattice::ResourceGateway";
    public string Kind => ResourceKinds.ResourceGateway;

    public void Map(ResourceContext c)
    {
        c.SetName("Name");
        c.SetText("VpcIdentifier", "vpcId");
        c.SetStringList("SubnetIds", "subnetIds");
        c.SetRelatedList("SecurityGroupIds", "securityGroupIds", "securityGroups");
        c.SetText("IpAddressType", "ipAddressType");
        c.SetNumber("Ipv4AddressesPerEni", "ipv4AddressesPerEni");
        c.SetText("ResourceConfigDnsResolution", "resourceConfigDnsResolution");
    }
}
