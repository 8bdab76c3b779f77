using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Core.Schema;

/// <summary>The properties of <c>ram_resource_share</c>.</summary>
public static class ResourceShareProperties
{
    public static PropertySchema AllowExternalPrincipals { get; } = Declare.Boolean("Principals outside the organization allowed (API/CloudFormation default true, Terraform default false: each collector fills in its source's default).");
    public static PropertySchema Principals { get; } = Declare.List("Principals the share is associated with.", RamPrincipalProperties.Principal);
    public static PropertySchema ResourceArns { get; } = Declare.StringList("ARNs of the shared resources.");
    public static PropertySchema PermissionArns { get; } = Declare.StringList("RAM permissions.");
    public static PropertySchema OwningAccountId { get; } = Declare.String("Owner account.");
    public static PropertySchema Status { get; } = Declare.String("Share status.");
    public static PropertySchema SharedWithCaller { get; } = Declare.Boolean("Found as shared with (not owned by) the scanning account.");

    public static IReadOnlyList<PropertySchema> All { get; } =
        [AllowExternalPrincipals, Principals, ResourceArns, PermissionArns, OwningAccountId, Status, SharedWithCaller];
}

/// <summary>The relations of <c>ram_resource_share</c>.</summary>
public static class ResourceShareRelations
{
    public static RelationSchema Resources { get; } = Declare.ToMany("Shared resources.", [K.ResourceConfiguration, K.ServiceNetwork, K.Service]);

    public static IReadOnlyList<RelationSchema> All { get; } = [Resources];
}
