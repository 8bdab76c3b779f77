using Scanner.Collectors.Aws.Ram;
using Scanner.Core.Aws;
using Scanner.Core.Inventory;
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
            new MapBuilder()
                .Set("allowExternalPrincipals", s.AllowExternalPrincipals is { } b ? Value.From(b) : Value.From(true))
                .Set("principals", principals is null ? Value.Unknown : Value.List(principals.Select(Principal)))
                .Set("resourceArns", Value.Strings(resourceArns))
                .Set("permissionArns", permissionArns is null ? Value.Unknown : Value.Strings(permissionArns))
                .Set("owningAccountId", owner)
                .Set("status", s.Status)
                .Set("sharedWithCaller", sharedWithCaller),
            resourceArns.Select(a => new ResourceReference("resources", a)), s.Tags);
    }

    /// <summary>Principal classification as the IaC collectors do it, plus RAM's raw flag and the association status.</summary>
    private static Value Principal(ResourceShareAssociation a)
    {
        var id = a.AssociatedEntity.Trim();
        var b = new MapBuilder().Set("id", id);
        if (AccountId.IsValid(id)) b.Set("type", "account").Set("accountId", id);
        else if (Arn.TryParse(id) is { } arn)
        {
            if (arn.Service == "organizations")
            {
                var segments = arn.Resource.Split('/');
                var orgId = segments.Length > 1 && segments[1].StartsWith("o-", StringComparison.Ordinal) ? segments[1] : null;
                switch (segments[0])
                {
                    case "organization": b.Set("type", "organization").Set("organizationId", orgId); break;
                    case "ou": b.Set("type", "organizationalUnit").Set("organizationId", orgId); break;
                    case "account" when segments.Length > 2: b.Set("type", "account").Set("accountId", segments[2]).Set("organizationId", orgId); break;
                    default: b.Set("type", "iam"); break;
                }
            }
            else b.Set("type", "iam").Set("accountId", AccountId.IsValid(arn.AccountId) ? arn.AccountId : null);
        }
        else b.Set("type", "service");
        return b.Set("external", a.External).Set("status", a.Status).Build();
    }
}
