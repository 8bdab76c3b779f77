using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;
using Scanner.Core.Schema;
using static Scanner.Collectors.Terraform.Mapping.Attributes;
using T = Scanner.Collectors.Terraform.Mapping.TerraformTypes;

namespace Scanner.Collectors.Terraform.Mapping;

/// <summary>
/// Maps <c>aws_vpc_endpoint</c>. Terraform defaults: <c>vpc_endpoint_type</c> Gateway, <c>private_dns_enabled</c> false.
/// The account of a consumed configuration or network comes from its ARN (unknown while the ARN is).
/// </summary>
internal static class VpcEndpointMapper
{
    public static void Map(ResourceDraft d, MappingContext ctx)
    {
        var a = d.After;
        var type = Scalar(a, "vpc_endpoint_type") ?? Value.From("Gateway");
        d.Set(VpcEndpointProperties.VpcEndpointType, type);
        d.Set(VpcEndpointProperties.VpcId, Scalar(a, "vpc_id"));
        var configuration = Scalar(a, "resource_configuration_arn");
        d.Set(VpcEndpointProperties.ResourceConfigurationArn, configuration);
        d.Set(VpcEndpointProperties.ResourceConfigurationAccountId, ArnAccounts.Of(configuration));
        var network = Scalar(a, "service_network_arn");
        d.Set(VpcEndpointProperties.ServiceNetworkArn, network);
        d.Set(VpcEndpointProperties.ServiceNetworkAccountId, ArnAccounts.Of(network));
        d.Set(VpcEndpointProperties.ServiceName, Scalar(a, "service_name"));
        // Gateway and Gateway Load Balancer endpoints have no security groups: the provider plans the computed
        // attribute as unknown, which is no group to resolve (and no warning to give).
        var hasGroups = !(type.IsString && type.AsString is "Gateway" or "GatewayLoadBalancer");
        d.Set(VpcEndpointProperties.SecurityGroupIds, hasGroups ? StringList(a, "security_group_ids") : null);
        d.Set(VpcEndpointProperties.SubnetIds, StringList(a, "subnet_ids"));
        d.Set(VpcEndpointProperties.PrivateDnsEnabled, Boolean(a, "private_dns_enabled", false));
        d.Set(VpcEndpointProperties.State, Scalar(a, "state"));
        d.Set(VpcEndpointProperties.OwnerId, Scalar(a, "owner_id"));
        ctx.Relate(d, VpcEndpointRelations.ResourceConfiguration, d.Source, "resource_configuration_arn", T.ResourceConfiguration);
        ctx.Relate(d, VpcEndpointRelations.ServiceNetwork, d.Source, "service_network_arn", T.ServiceNetwork);
        if (hasGroups) ctx.Relate(d, VpcEndpointRelations.SecurityGroups, d.Source, "security_group_ids", T.SecurityGroups);
    }
}
