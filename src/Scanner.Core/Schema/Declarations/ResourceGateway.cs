using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Core.Schema;

/// <summary>The properties of <c>resource_gateway</c>.</summary>
public static class ResourceGatewayProperties
{
    public static PropertySchema VpcId { get; } = Declare.String("Provider VPC.");
    public static PropertySchema SubnetIds { get; } = Declare.StringList("Subnets of the gateway ENIs.");
    public static PropertySchema SecurityGroupIds { get; } = Declare.StringList("Security groups on the gateway ENIs (elements may be unknown).");
    public static PropertySchema IpAddressType { get; } = Declare.String("IPV4, IPV6 or DUALSTACK.");
    public static PropertySchema Ipv4AddressesPerEni { get; } = Declare.Number("IPv4 addresses per ENI.");
    public static PropertySchema ResourceConfigDnsResolution { get; } = Declare.String("IN_VPC or PUBLIC.");
    public static PropertySchema Status { get; } = Declare.String("Lifecycle status.");

    public static IReadOnlyList<PropertySchema> All { get; } =
        [VpcId, SubnetIds, SecurityGroupIds, IpAddressType, Ipv4AddressesPerEni, ResourceConfigDnsResolution, Status];
}

/// <summary>The relations of <c>resource_gateway</c>.</summary>
public static class ResourceGatewayRelations
{
    public static RelationSchema SecurityGroups { get; } = Declare.ToMany("Security groups of the gateway ENIs.", [K.SecurityGroup]);
    public static RelationSchema ResourceConfigurations { get; } =
        Declare.Inverse("Configurations served through this gateway.", K.ResourceConfiguration, ResourceConfigurationRelations.Gateway);

    public static IReadOnlyList<RelationSchema> All { get; } = [SecurityGroups, ResourceConfigurations];
}
