using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;

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
        c.SetBoolean("AllowExternalPrincipals", "allowExternalPrincipals", absentDefault: true);
        var principals = c.StringList(c.Read("Principals", "principals"));
        c.Properties.Set("principals", principals is { IsList: true } ? Value.List(principals.Items.Select(p => RamPrincipals.Describe(p))) : principals);
        c.SetRelatedList("ResourceArns", "resourceArns", "resources");
        c.SetStringList("PermissionArns", "permissionArns");
        c.Properties.Set("owningAccountId", c.Resolver.Pseudo.AccountId);
    }
}
