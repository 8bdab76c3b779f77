namespace Scanner.Core.Collection;

/// <summary>
/// How a resource suppresses a rule in its own source. Terraform and live resources: a tag
/// <c>latticescan:skip:&lt;RULE-ID&gt;</c> whose value is the reason. CloudFormation: a <c>Metadata</c> entry
/// <c>latticescan: { skip: [ { id: RULE-ID, reason: text } ] }</c> (tags work there too).
/// </summary>
public static class InlineSuppressionConvention
{
    public const string TagPrefix = "latticescan:skip:";
    public const string MetadataKey = "latticescan";

    /// <summary>Reads suppressions from a resource's tags (key → value).</summary>
    public static IReadOnlyDictionary<string, string> FromTags(IEnumerable<KeyValuePair<string, string>> tags)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in tags)
            if (k.StartsWith(TagPrefix, StringComparison.Ordinal) && k.Length > TagPrefix.Length)
                result[k[TagPrefix.Length..]] = string.IsNullOrWhiteSpace(v) ? "suppressed by tag" : v;
        return result;
    }
}
