using Scanner.Core.Collection;
using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;
using Scanner.Core.Schema;

namespace Scanner.Collectors.Aws.Mapping;

/// <summary>Builds live <see cref="Resource"/>s: key = ARN, identity in the fields (<see cref="IdentityProperties"/>), tags, suppressions.</summary>
internal static class LiveResource
{
    public static Resource Create(string kind, string key, string? arn, string? id, string? name, string? accountId, string region,
        PropertyMapBuilder properties, IEnumerable<ResourceReference> references, IReadOnlyDictionary<string, string>? tags = null)
    {
        if (tags is not null) properties.Set(CommonProperties.Tags, ResourceTags.Map(tags));
        return new Resource(kind, key, ResourceOrigin.Aws, properties.Build())
        {
            Arn = arn,
            Id = id,
            Name = name,
            AccountId = accountId,
            Region = region,
            References = references.Where(r => r.Target is not null).Distinct().ToArray(),
            InlineSuppressions = tags is null ? new Dictionary<string, string>(StringComparer.Ordinal) : InlineSuppressionConvention.FromTags(tags),
        };
    }

    public static Value StringsOrUnknown(IReadOnlyList<string>? values) => values is null ? Value.Unknown : Value.Strings(values);

    public static Value BoolOrUnknown(bool? value, bool known) => known ? value is { } b ? Value.From(b) : Value.Null : Value.Unknown;
}
