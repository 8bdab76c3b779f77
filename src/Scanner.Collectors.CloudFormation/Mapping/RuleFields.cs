using Scanner.Collectors.CloudFormation.Parsing;
using Scanner.Collectors.CloudFormation.Resolution;
using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// The fields of one security-group rule as written in the template: either a literal mapping, whose fields are
/// resolved one by one (so the rule knows which field referenced which resource), or an already-resolved map.
/// </summary>
internal sealed class RuleFields
{
    private readonly MappingNode? _node;
    private readonly Value? _value;
    private readonly IntrinsicResolver? _resolver;
    private readonly Dictionary<string, (Value? Value, ResolutionTrace Trace)> _cache = new(StringComparer.Ordinal);

    private RuleFields(MappingNode? node, Value? value, IntrinsicResolver? resolver)
    {
        _node = node;
        _value = value;
        _resolver = resolver;
    }

    /// <summary>The first reason a field stayed unknown (for the warning), if any.</summary>
    public string? UnknownCause { get; private set; }

    public static RuleFields FromNode(MappingNode node, IntrinsicResolver resolver) => new(node, null, resolver);

    public static RuleFields FromValue(Value map) => new(null, map, null);

    /// <summary>The field's value; null (C#) when absent.</summary>
    public Value? Get(string field) => Resolve(field).Value;

    /// <summary>Logical ids of template resources the field referenced.</summary>
    public IReadOnlyList<string> References(string field) => Resolve(field).Trace.Resources;

    private (Value? Value, ResolutionTrace Trace) Resolve(string field)
    {
        if (_cache.TryGetValue(field, out var hit)) return hit;
        var trace = new ResolutionTrace();
        Value? value = null;
        if (_node is not null && _resolver is not null)
        {
            if (_node.Get(field) is { } n) value = _resolver.Resolve(n, trace);
            if (trace.UnknownCause is not null && value is not null && ValueFacts.ContainsUnknown(value)) UnknownCause ??= trace.UnknownCause;
        }
        else value = _value?.Get(field);
        return _cache[field] = (value, trace);
    }
}
