using Scanner.Collectors.Terraform.Plan;
using Scanner.Core.Aws;
using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;
using Scanner.Core.Schema;
using static Scanner.Collectors.Terraform.Mapping.Attributes;
using T = Scanner.Collectors.Terraform.Mapping.TerraformTypes;

namespace Scanner.Collectors.Terraform.Mapping;

/// <summary>
/// Maps <c>aws_ram_resource_share</c> and merges <c>aws_ram_principal_association</c> and
/// <c>aws_ram_resource_association</c> into the share they name (by a literal share ARN, or through the
/// configuration reference when the ARN is known only after apply). <c>allow_external_principals</c> left
/// unset is false: that is Terraform's default, unlike the API's and CloudFormation's.
/// </summary>
internal sealed class ResourceShareMapper
{
    private static readonly string[] Shareable = [T.ResourceConfiguration, T.ServiceNetwork, T.Service];
    private static readonly string[] Shares = [T.ResourceShare];

    private readonly MappingContext _ctx;
    private readonly Dictionary<string, ResourceDraft> _byArn = new(StringComparer.Ordinal);
    private readonly Dictionary<PlannedResource, ResourceDraft> _byResource = [];

    public ResourceShareMapper(MappingContext ctx) => _ctx = ctx;

    public void Share(ResourceDraft d)
    {
        var a = d.After;
        d.Set(ResourceShareProperties.AllowExternalPrincipals, Boolean(a, "allow_external_principals", false));
        d.Collection(ResourceShareProperties.Principals);
        d.Collection(ResourceShareProperties.ResourceArns);
        d.Set(ResourceShareProperties.PermissionArns, StringList(a, "permission_arns"));
        var arn = String(a, "arn") ?? String(a, "id");
        d.Set(ResourceShareProperties.OwningAccountId, Arn.AccountOf(arn) is { } account ? Value.From(account) : null);
        _byResource[d.Source] = d;
        if (arn is not null) _byArn.TryAdd(arn, d);
    }

    public void PrincipalAssociation(PlannedResource association)
    {
        foreach (var share in SharesOf(association))
            share.Append(ResourceShareProperties.Principals, RamPrincipals.Describe(Scalar(association.After, "principal")), association);
    }

    public void ResourceAssociation(PlannedResource association)
    {
        var resource = Scalar(association.After, "resource_arn");
        foreach (var share in SharesOf(association))
        {
            share.Append(ResourceShareProperties.ResourceArns, resource ?? Value.Unknown);
            _ctx.Relate(share, ResourceShareRelations.Resources, association, "resource_arn", Shareable);
        }
    }

    private List<ResourceDraft> SharesOf(PlannedResource association)
    {
        var value = association.After.Get("resource_share_arn");
        if (value is { IsString: true } s)
        {
            if (_byArn.TryGetValue(s.AsString, out var known)) return [known];
            _ctx.Note("ResourceShareNotInPlan", $"{association.Address}: share {s.AsString} is not managed in this plan; the association is not scanned");
            return [];
        }
        IReadOnlyList<PlannedResource> targets = value is { IsUnknown: true } ? _ctx.Targets(association, "resource_share_arn", Shares).Targets : [];
        var shares = targets.Select(t => _byResource.GetValueOrDefault(t)).OfType<ResourceDraft>().ToList();
        if (shares.Count == 0)
            _ctx.Warn("UnresolvedReference", $"{association.Address}: resource_share_arn is known only after apply and no reference in the configuration to a share in this plan explains it; the association is not attached to any share");
        return shares;
    }
}
