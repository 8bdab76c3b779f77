using Scanner.Collectors.CloudFormation.Resolution;
using Scanner.Core.Collection;
using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;
using Scanner.Core.Schema;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// Runs a kind mapper for one template resource and assembles the inventory <see cref="Resource"/>: identity
/// (<c>file#LogicalId</c>), location of the logical id, property locations, common properties, tags and inline
/// suppressions (tags and <c>Metadata</c>).
/// </summary>
internal static class ResourceAssembler
{
    private static readonly IReadOnlyDictionary<string, string> NoSuppressions = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;

    public static Resource Build(TemplateResource source, IKindMapper mapper, TemplateKeys keys, LocationMap.Shapes shapes, IntrinsicResolver resolver, DiagnosticSink diagnostics, IReadOnlyDictionary<string, string> kindsByType)
    {
        var file = keys.File;
        var c = new ResourceContext(source, mapper.Kind, keys, resolver, diagnostics, kindsByType);
        mapper.Map(c);
        var tags = TagReader.Read(c);
        c.Properties.Set(CommonProperties.Tags, tags);
        var knownTags = ResourceTags.Known(tags);
        var suppressions = new Dictionary<string, string>(InlineSuppressionConvention.FromTags(knownTags), StringComparer.Ordinal);
        MetadataSuppressions.Read(source, suppressions, diagnostics);
        // Most resources suppress nothing: they share one empty (read-only) map.
        IReadOnlyDictionary<string, string> inline = suppressions.Count == 0 ? NoSuppressions : suppressions;
        return new Resource(mapper.Kind, c.KeyOf(source.LogicalId), ResourceOrigin.CloudFormation, resolver.Values.Share(c.Properties.Build()))
        {
            Address = source.LogicalId,
            Name = c.Name ?? knownTags.FirstOrDefault(t => t.Key == "Name").Value,
            AccountId = resolver.Pseudo.AccountId,
            Region = resolver.Pseudo.Region,
            Location = new SourceLocation(file, source.KeyNode.Line, source.KeyNode.Column, source.LogicalId),
            PropertyLocations = LocationMap.Of(c.Locations, file, source.LogicalId, shapes),
            References = resolver.Values.Share(c.References),
            InlineSuppressions = inline,
        };
    }

    /// <summary>A stand-in group for rules whose GroupId is a literal id of a group outside the template.</summary>
    public static Resource StandInGroup(string groupId, IReadOnlyList<AttachedRule> rules, string file, IntrinsicResolver resolver)
    {
        var first = rules[0].Location;
        var props = new PropertyMapBuilder()
            .Set(SecurityGroupProperties.IsDefault, Value.Unknown)
            .Set(SecurityGroupProperties.Ingress, Value.List(rules.Where(r => r.Direction == SecurityGroupRules.Ingress).SelectMany(r => r.Rules)))
            .Set(SecurityGroupProperties.Egress, Value.List(rules.Where(r => r.Direction == SecurityGroupRules.Egress).SelectMany(r => r.Rules)))
            // Only the rules this template adds are known; the group's own rules live elsewhere.
            .Set(SecurityGroupProperties.RulesComplete, false)
            .Build();
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var r in rules) locations.TryAdd(SecurityGroupRules.ListOf(r.Direction).Name, r.Location);
        return new Resource(ResourceKinds.SecurityGroup, $"{file}#{groupId}", ResourceOrigin.CloudFormation, props)
        {
            Id = groupId,
            AccountId = resolver.Pseudo.AccountId,
            Region = resolver.Pseudo.Region,
            Location = first with { LogicalName = rules[0].SourceLogicalId },
            PropertyLocations = locations,
        };
    }
}
