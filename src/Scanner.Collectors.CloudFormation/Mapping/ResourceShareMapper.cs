using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;
using Scanner.Core.Schema;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// <c>AWS::RAM::ResourceShare</c> → <c>ram_resource_share</c>. An absent <c>AllowExternalPrincipals</c> is
/// <b>true</b>: that is CloudFormation's (and the API's) default, unlike Terraform's. Principals are classified;
/// <c>ResourceArns</c> become <c>resources</c> edges to the configurations or networks they name.
/// </summary>
internal sealed class ResourceShareMapper : IKindMapper
{
    public string CfnType => "AWS::RAM::ResourceShare";
    public string Kind => ResourceKinds.ResourceShare;

    public void Map(ResourceContext c)
    {
        c.SetName("Name");
        c.SetBoolean("AllowExternalPrincipals", ResourceShareProperties.AllowExternalPrincipals, absentDefault: true);
        var principals = c.StringList(c.Read("Principals", ResourceShareProperties.Principals));
        c.Properties.Set(ResourceShareProperties.Principals, principals is { IsList: true } ? Value.List(principals.Items.Select(p => RamPrincipals.Describe(p))) : principals);
        c.SetRelatedList("ResourceArns", ResourceShareProperties.ResourceArns, ResourceShareRelations.Resources);
        c.SetStringList("PermissionArns", ResourceShareProperties.PermissionArns);
        c.Properties.Set(ResourceShareProperties.OwningAccountId, c.Resolver.Pseudo.AccountId);
    }
}
