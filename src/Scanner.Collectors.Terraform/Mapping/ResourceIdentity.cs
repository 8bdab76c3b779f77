using Scanner.Collectors.Terraform.Configuration;
using Scanner.Collectors.Terraform.Json;
using Scanner.Core.Aws;
using Scanner.Core.Collection;
using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;
using Scanner.Core.Schema;

namespace Scanner.Collectors.Terraform.Mapping;

/// <summary>
/// Turns a finished draft into a <see cref="Resource"/>: identity from the planned <c>id</c>/<c>arn</c>/<c>name</c>
/// when known, the region from the <c>region</c> attribute or the provider's literal region, tags (from
/// <c>tags_all</c> when known, else <c>tags</c>) and inline suppressions from them.
/// </summary>
internal static class ResourceIdentity
{
    public static Resource Build(ResourceDraft d, ConfigurationIndex configuration, ReferenceResolver resolver, SourceLocation location,
        IReadOnlyDictionary<string, SourceLocation> elementLocations, ValuePool values)
    {
        var a = d.After;
        var arn = a.GetString("arn") ?? (a.GetString("id") is { } id && id.StartsWith("arn:", StringComparison.Ordinal) ? id : null);
        var tags = Tags(a);
        d.Set(CommonProperties.Tags, tags);
        d.Set(CommonProperties.Name, IdentityProperties.MapMember(a.Get("name")));
        var accountId = Arn.AccountOf(arn) is { } fromArn && AccountId.IsValid(fromArn) ? fromArn
            : a.GetString("owner_id") is { } owner && AccountId.IsValid(owner) ? owner : null;
        var region = a.GetString("region")
                     ?? configuration.Region(resolver.ConfigOf(d.Source).StringMember("provider_config_key"))
                     ?? (Arn.TryParse(arn) is { Region.Length: > 0 } parsed ? parsed.Region : null);
        return new Resource(d.Kind, d.Key, ResourceOrigin.Terraform, values.Share(d.BuildProperties()))
        {
            Arn = arn,
            Id = a.GetString("id"),
            Name = a.GetString("name"),
            Address = d.Source.Address,
            AccountId = accountId,
            Region = region,
            Location = location,
            PropertyLocations = elementLocations,
            References = values.Share(d.References),
            InlineSuppressions = InlineSuppressionConvention.FromTags(ResourceTags.Known(tags)),
        };
    }

    /// <summary>
    /// <c>tags_all</c> (with provider default tags) is usually unknown on create; then the resource's own
    /// <c>tags</c> are what is known. Unset tags read as an empty map.
    /// </summary>
    private static Value Tags(Value after)
    {
        if (after.Get("tags_all") is { IsMap: true } all) return ResourceTags.Map(all.Entries);
        return after.Get("tags") switch
        {
            { IsMap: true } own => ResourceTags.Map(own.Entries),
            { IsUnknown: true } => Value.Unknown,
            _ => Value.EmptyMap,
        };
    }
}
