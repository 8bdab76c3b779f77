using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;
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
        d.Set("vpcEndpointType", type);
        d.Set("vpcId", Scalar(a, "vpc_id"));
        var configuration = Scalar(a, "resource_configuration_arn");
        d.Set("resourceConfigurationArn", configuration);
        d.Set("resourceConfigurationAccountId", ArnAccounts.Of(configuration));
        var network = Scalar(a, "service_network_arn");
        d.Set("serviceNetworkArn", network);
        d.Set("serviceNetworkAccountId", ArnAccounts.Of(network));
        d.Set("serviceName", Scalar(a, "service_name"));
        // Gateway and Gateway Load Balancer endpoints have no security groups: the provider plans the computed
        // attribute as unknown, which is no group to resolve (and no warning to give).
        var hasGroups = !(type.IsString && type.AsString is "Gateway" or "GatewayLoadBalancer");
        d.Set("securityGroupIds", hasGroups ? StringList(a, "security_group_ids") : null);
        d.Set("subnetIds", StringList(a, "subnet_ids"));
        d.Set("privateDnsEnabled", Boolean(a, "private_dns_enabled", false));
        d.Set("state", Scalar(a, "state"));
        d.Set("ownerId", Scalar(a, "owner_id"));
        ctx.Relate(d, "resourceConfiguration", d.Source, "resource_configuration_arn", T.ResourceConfiguration);
        ctx.Relate(d, "serviceNetwork", d.Source, "service_network_arn", T.ServiceNetwork);
        if (hasGroups) ctx.Relate(d, "securityGroups", d.Source, "security_group_ids", T.SecurityGroups);
    }
}
