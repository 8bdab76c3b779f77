using Scanner.Core.Inventory;
using static Scanner.Collectors.Terraform.Mapping.Attributes;
using T = Scanner.Collectors.Terraform.Mapping.TerraformTypes;

namespace Scanner.Collectors.Terraform.Mapping;

/// <summary>
/// Maps <c>aws_vpclattice_service</c> and <c>aws_vpclattice_service_network_service_association</c>: the parts of a
/// VPC Lattice service that meet resource sharing (auth type, networks; auth policies, access logs and shares
/// attach to it from their own resources).
/// </summary>
internal static class ServiceMapper
{
    public static void Service(ResourceDraft d, MappingContext ctx)
    {
        var a = d.After;
        // auth_type is Optional+Computed: left unset it plans as unknown, and the API applies NONE.
        d.Set("authType", ctx.IsUnsetComputed(d.Source, "auth_type") ? Value.From("NONE") : Scalar(a, "auth_type") ?? Value.From("NONE"));
        d.Set("customDomainName", Scalar(a, "custom_domain_name"));
        d.Set("status", Scalar(a, "status"));
    }

    public static void ServiceAssociation(ResourceDraft d, MappingContext ctx)
    {
        var a = d.After;
        d.Set("serviceNetworkId", Scalar(a, "service_network_identifier"));
        d.Set("serviceId", Scalar(a, "service_identifier"));
        d.Set("status", Scalar(a, "status"));
        ctx.Relate(d, "serviceNetwork", d.Source, "service_network_identifier", T.ServiceNetwork);
        ctx.Relate(d, "service", d.Source, "service_identifier", T.Service);
    }
}
