using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Core.Schema;

/// <summary>The properties of <c>network_interface</c>.</summary>
public static class NetworkInterfaceProperties
{
    public static PropertySchema PrivateIpAddresses { get; } = Declare.StringList("Private IPv4 addresses.");
    public static PropertySchema InterfaceType { get; } = Declare.String("interface, lambda, … ");
    public static PropertySchema RequesterId { get; } = Declare.String("Requester (amazon-rds for RDS).");
    public static PropertySchema RequesterManaged { get; } = Declare.Boolean("Managed by an AWS service.");
    public static PropertySchema Description { get; } = Declare.String("Description (\"RDSNetworkInterface\" for RDS).");
    public static PropertySchema OwnerId { get; } = Declare.String("Owner account.");
    public static PropertySchema VpcId { get; } = Declare.String("VPC.");

    public static IReadOnlyList<PropertySchema> All { get; } = [PrivateIpAddresses, InterfaceType, RequesterId, RequesterManaged, Description, OwnerId, VpcId];
}

/// <summary>The relations of <c>network_interface</c>.</summary>
public static class NetworkInterfaceRelations
{
    public static RelationSchema Configurations { get; } = Declare.Inverse("Configurations whose IP target is on this interface.",
        K.ResourceConfiguration, ResourceConfigurationRelations.TargetInterface);

    public static IReadOnlyList<RelationSchema> All { get; } = [Configurations];
}
