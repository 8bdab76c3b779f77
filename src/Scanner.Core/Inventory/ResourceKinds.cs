namespace Scanner.Core.Inventory;

/// <summary>The resource kinds of the inventory graph. Rule files name these in <c>resource:</c>.</summary>
public static class ResourceKinds
{
    public const string ResourceGateway = "resource_gateway";
    public const string ResourceConfiguration = "resource_configuration";
    public const string ServiceNetwork = "service_network";
    public const string Service = "service";
    public const string ServiceNetworkServiceAssociation = "service_network_service_association";
    public const string ServiceNetworkVpcAssociation = "service_network_vpc_association";
    public const string ServiceNetworkResourceAssociation = "service_network_resource_association";
    public const string ServiceNetworkEndpointAssociation = "service_network_endpoint_association";
    public const string AccessLogSubscription = "access_log_subscription";
    public const string AuthPolicy = "auth_policy";
    public const string ResourcePolicy = "resource_policy";
    public const string ResourceShare = "ram_resource_share";
    public const string VpcEndpoint = "vpc_endpoint";
    public const string SecurityGroup = "security_group";
    public const string NetworkInterface = "network_interface";
    public const string Database = "database";
}
