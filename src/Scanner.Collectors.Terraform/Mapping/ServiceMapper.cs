using Scanner.Core.Inventory;
using Scanner.Core.Schema;
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
        d.Set(ServiceProperties.AuthType, ctx.IsUnsetComputed(d.Source, "auth_type") ? Value.From("NONE") : Scalar(a, "auth_type") ?? Value.From("NONE"));
        d.Set(ServiceProperties.CustomDomainName, Scalar(a, "custom_domain_name"));
        d.Set(ServiceProperties.Status, Scalar(a, "status"));
    }

    public static void ServiceAssociation(ResourceDraft d, MappingContext ctx)
    {
        var a = d.After;
        d.Set(ServiceNetworkServiceAssociationProperties.ServiceNetworkId, Scalar(a, "service_network_identifier"));
        d.Set(ServiceNetworkServiceAssociationProperties.ServiceId, Scalar(a, "service_identifier"));
        d.Set(ServiceNetworkServiceAssociationProperties.Status, Scalar(a, "status"));
        ctx.Relate(d, ServiceNetworkServiceAssociationRelations.ServiceNetwork, d.Source, "service_network_identifier", T.ServiceNetwork);
        ctx.Relate(d, ServiceNetworkServiceAssociationRelations.Service, d.Source, "service_identifier", T.Service);
    }
}
