using Scanner.Core.Inventory;

namespace Scanner.Collectors.Terraform.Mapping;

/// <summary>The Terraform resource types the collector reads, and the inventory kind each becomes.</summary>
internal static class TerraformTypes
{
    public const string ResourceGateway = "aws_vpclattice_resource_gateway";
    public const string ResourceConfiguration = "aws_vpclattice_resource_configuration";
    public const string ServiceNetwork = "aws_vpclattice_service_network";
    public const string Service = "aws_vpclattice_service";
    public const string VpcAssociation = "aws_vpclattice_service_network_vpc_association";
    public const string ResourceAssociation = "aws_vpclattice_service_network_resource_association";
    public const string ServiceAssociation = "aws_vpclattice_service_network_service_association";
    public const string AccessLogSubscription = "aws_vpclattice_access_log_subscription";
    public const string AuthPolicy = "aws_vpclattice_auth_policy";
    public const string ResourcePolicy = "aws_vpclattice_resource_policy";
    public const string ResourceShare = "aws_ram_resource_share";
    public const string PrincipalAssociation = "aws_ram_principal_association";
    public const string ShareResourceAssociation = "aws_ram_resource_association";
    public const string VpcEndpoint = "aws_vpc_endpoint";
    public const string SecurityGroup = "aws_security_group";
    public const string DefaultSecurityGroup = "aws_default_security_group";
    public const string SecurityGroupRule = "aws_security_group_rule";
    public const string IngressRule = "aws_vpc_security_group_ingress_rule";
    public const string EgressRule = "aws_vpc_security_group_egress_rule";
    public const string DbInstance = "aws_db_instance";
    public const string RdsCluster = "aws_rds_cluster";

    public static readonly string[] SecurityGroups = [SecurityGroup, DefaultSecurityGroup];

    /// <summary>Types that become inventory resources of their own (rules and RAM associations attach to others).</summary>
    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ResourceGateway] = ResourceKinds.ResourceGateway,
        [ResourceConfiguration] = ResourceKinds.ResourceConfiguration,
        [ServiceNetwork] = ResourceKinds.ServiceNetwork,
        [Service] = ResourceKinds.Service,
        [ServiceAssociation] = ResourceKinds.ServiceNetworkServiceAssociation,
        [VpcAssociation] = ResourceKinds.ServiceNetworkVpcAssociation,
        [ResourceAssociation] = ResourceKinds.ServiceNetworkResourceAssociation,
        [AccessLogSubscription] = ResourceKinds.AccessLogSubscription,
        [AuthPolicy] = ResourceKinds.AuthPolicy,
        [ResourcePolicy] = ResourceKinds.ResourcePolicy,
        [ResourceShare] = ResourceKinds.ResourceShare,
        [VpcEndpoint] = ResourceKinds.VpcEndpoint,
        [SecurityGroup] = ResourceKinds.SecurityGroup,
        [DefaultSecurityGroup] = ResourceKinds.SecurityGroup,
        [DbInstance] = ResourceKinds.Database,
        [RdsCluster] = ResourceKinds.Database,
    };
}
