using Scanner.Collectors.Terraform.Tests.Support;
using Scanner.Core.Collection;
using Scanner.Core.Inventory;
using Xunit;

namespace Scanner.Collectors.Terraform.Tests;

/// <summary>
/// Provider defaults for attributes a configuration leaves unset (Optional+Computed ones plan as unknown), and
/// attributes that do not exist for some variants of a resource type.
/// </summary>
public sealed class DefaultsAndTypeFilterTests
{
    /// <summary>A plan with one resource: its planned values, what is unknown, and the expressions the configuration sets.</summary>
    private static CollectionResult Plan(string type, string values, string unknown, string expressions = "{}") =>
        new TerraformPlanCollector().CollectFromText($$"""
            {
              "format_version": "1.2", "terraform_version": "1.9.5",
              "resource_changes": [{
                "address": "{{type}}.this", "mode": "managed", "type": "{{type}}", "name": "this",
                "provider_name": "registry.terraform.io/hashicorp/aws",
                "change": { "actions": ["create"], "before": null, "after": {{values}}, "after_unknown": {{unknown}} }
              }],
              "configuration": { "root_module": { "resources": [{
                "address": "{{type}}.this", "mode": "managed", "type": "{{type}}", "name": "this", "expressions": {{expressions}}
              }] } }
            }
            """, "p.json");

    [Fact]
    public void AllowAssociationToShareableServiceNetwork_UnsetIsTheApiDefaultFalse()
    {
        var result = Plan("aws_vpclattice_resource_configuration",
            """{ "name": "db", "port_ranges": ["5432"], "resource_gateway_identifier": "rgw-0123456789abcdef0" }""",
            """{ "id": true, "arn": true, "allow_association_to_shareable_service_network": true }""");
        Assert.Equal(Value.False, result.ByAddress("aws_vpclattice_resource_configuration.this").Prop("allowAssociationToShareableServiceNetwork"));
    }

    [Fact]
    public void AllowAssociationToShareableServiceNetwork_SetFromAnUnknownExpressionStaysUnknown()
    {
        var result = Plan("aws_vpclattice_resource_configuration",
            """{ "name": "db", "port_ranges": ["5432"], "resource_gateway_identifier": "rgw-0123456789abcdef0" }""",
            """{ "id": true, "arn": true, "allow_association_to_shareable_service_network": true }""",
            """{ "allow_association_to_shareable_service_network": { "references": ["var.shareable"] } }""");
        Assert.True(result.ByAddress("aws_vpclattice_resource_configuration.this").Prop("allowAssociationToShareableServiceNetwork").IsUnknown);
    }

    [Theory]
    [InlineData("Gateway")]
    [InlineData("GatewayLoadBalancer")]
    public void GatewayEndpoint_HasNoSecurityGroups_AndNoUnresolvedReference(string type)
    {
        var result = Plan("aws_vpc_endpoint",
            $$"""{ "vpc_id": "vpc-0c0c0c0c0c0c0c0c0", "service_name": "com.amazonaws.ap-northeast-1.s3", "vpc_endpoint_type": "{{type}}" }""",
            """{ "id": true, "arn": true, "security_group_ids": true, "owner_id": true }""");
        var endpoint = result.ByAddress("aws_vpc_endpoint.this");
        Assert.Null(endpoint.Properties.Get("securityGroupIds"));
        Assert.Empty(endpoint.Targets("securityGroups"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "UnresolvedReference");
    }

    [Fact]
    public void ResourceEndpoint_UnexplainedUnknownGroups_StillWarn()
    {
        var result = Plan("aws_vpc_endpoint",
            """{ "vpc_id": "vpc-0c0c0c0c0c0c0c0c0", "vpc_endpoint_type": "Resource", "resource_configuration_arn": "arn:aws:vpc-lattice:ap-northeast-1:111111111111:resourceconfiguration/rcfg-0123456789abcdef0" }""",
            """{ "id": true, "arn": true, "security_group_ids": true }""",
            """{ "security_group_ids": { "references": ["var.groups"] } }""");
        Assert.Equal(["<unresolvable>"], result.ByAddress("aws_vpc_endpoint.this").Targets("securityGroups"));
        Assert.Contains(result.Diagnostics, d => d.Code == "UnresolvedReference");
    }
}
