using Scanner.Collectors.Aws.Ram;
using Scanner.Core.Aws;
using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;
using Scanner.Core.Schema;
using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Collectors.Aws.Mapping;

/// <summary>RAM shares → <c>ram_resource_share</c>. The raw <c>external</c> flag is kept; organization membership is decided by rules.</summary>
internal static class RamMapper
{
    public static Resource Share(ResourceShare s, string region, IReadOnlyList<string> resourceArns,
        IReadOnlyList<ResourceShareAssociation>? principals, IReadOnlyList<string>? permissionArns, bool sharedWithCaller)
    {
        var owner = s.OwningAccountId ?? Arn.AccountOf(s.ResourceShareArn);
        return LiveResource.Create(K.ResourceShare, s.ResourceShareArn, s.ResourceShareArn, Arn.TryParse(s.ResourceShareArn)?.ResourceId, s.Name,
            owner, region,
            new PropertyMapBuilder()
                .Set(ResourceShareProperties.AllowExternalPrincipals, s.AllowExternalPrincipals is { } b ? Value.From(b) : Value.From(true))
                .Set(ResourceShareProperties.Principals, principals is null ? Value.Unknown : Value.List(principals.Select(Principal)))
                .Set(ResourceShareProperties.ResourceArns, Value.Strings(resourceArns))
                .Set(ResourceShareProperties.PermissionArns, permissionArns is null ? Value.Unknown : Value.Strings(permissionArns))
                .Set(ResourceShareProperties.OwningAccountId, owner)
                .Set(ResourceShareProperties.Status, s.Status)
                .Set(ResourceShareProperties.SharedWithCaller, sharedWithCaller),
            resourceArns.Select(a => ResourceShareRelations.Resources.To(a)), s.Tags);
    }

    /// <summary>The shared principal classification (<see cref="RamPrincipals"/>), plus RAM's raw flag and the association status.</summary>
    private static Value Principal(ResourceShareAssociation a) =>
        RamPrincipals.Classify(a.AssociatedEntity).Set(RamPrincipalProperties.External, a.External).Set(RamPrincipalProperties.Status, a.Status).Build();
}
