using Scanner.Collectors.CloudFormation.Resolution;
using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;
using Scanner.Core.Schema;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// Reads <c>Tags: [{Key, Value}]</c> into a key → value map. A tag whose key is unknown is left out (and the map
/// warned about); a tag whose value is unknown keeps an unknown value.
/// </summary>
internal static class TagReader
{
    /// <summary>The tags map (null when there are no Tags), in <see cref="ResourceTags"/>' order.</summary>
    public static Value? Read(ResourceContext c)
    {
        var p = c.Read("Tags", CommonProperties.Tags);
        if (p is null) return null;
        if (p.Value.IsUnknown) return Value.Unknown;
        if (!p.Value.IsList)
        {
            c.Invalid(p, "expected a list of {Key, Value}");
            return Value.Unknown;
        }
        var entries = new List<KeyValuePair<string, Value>>();
        foreach (var tag in p.Value.Items)
        {
            var key = tag.Get("Key") is { } k ? ValueFacts.Text(k) : null;
            if (key is null)
            {
                c.Warn(CommonProperties.Tags, DiagnosticSink.UnresolvedValue, "a tag key is unknown or missing; that tag is left out");
                continue;
            }
            var value = tag.Get("Value") ?? Value.From("");
            var text = ValueFacts.Text(value);
            entries.Add(new(key, text is null ? Value.Unknown : Value.From(text)));
        }
        return ResourceTags.Map(entries);
    }
}
