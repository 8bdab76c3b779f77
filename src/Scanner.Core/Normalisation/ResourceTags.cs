using Scanner.Core.Inventory;

namespace Scanner.Core.Normalisation;

/// <summary>
/// Tags as the inventory holds them: a key → value map, keys in ordinal order whatever order the source wrote them
/// in; an unknown value stays unknown. The known string tags are what inline suppressions are read from.
/// </summary>
public static class ResourceTags
{
    // Tag keys are the source's own text, so the map is keyed by them rather than by schema declarations.
    public static Value Map(IEnumerable<KeyValuePair<string, Value>> tags) =>
        Value.Map(tags.GroupBy(t => t.Key, StringComparer.Ordinal).Select(g => g.Last()).OrderBy(t => t.Key, StringComparer.Ordinal));

    public static Value Map(IEnumerable<KeyValuePair<string, string>> tags) =>
        Map(tags.Select(t => new KeyValuePair<string, Value>(t.Key, Value.From(t.Value))));

    /// <summary>The tags whose value is a known string.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Known(Value? tags) =>
        tags is { IsMap: true }
            ? tags.Entries.Where(e => e.Value.IsString).Select(e => new KeyValuePair<string, string>(e.Key, e.Value.AsString)).ToList()
            : [];
}
