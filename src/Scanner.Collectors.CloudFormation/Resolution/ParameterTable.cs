using Scanner.Collectors.CloudFormation.Parsing;
using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Resolution;

/// <summary>
/// Template parameters: an override from <see cref="CloudFormationOptions.Parameters"/> wins, else the
/// <c>Default</c>, else the value is unknown. List types (<c>CommaDelimitedList</c>, <c>List&lt;…&gt;</c>) split on
/// commas and trim each item, as CloudFormation does. SSM-backed types (<c>AWS::SSM::Parameter::Value&lt;…&gt;</c>)
/// are unknown without an override: their Default is the SSM parameter's name, not its value. <c>NoEcho</c> parameters
/// are always unknown, given or defaulted: a secret never enters the inventory, so no message, name, evidence, report
/// or snapshot can show it.
/// </summary>
internal sealed class ParameterTable
{
    private readonly MappingNode? _declarations;
    private readonly IReadOnlyDictionary<string, string> _overrides;
    private readonly Dictionary<string, (Value Value, string? Cause)> _cache = new(StringComparer.Ordinal);

    public ParameterTable(MappingNode? declarations, IReadOnlyDictionary<string, string> overrides)
    {
        _declarations = declarations;
        _overrides = overrides;
    }

    public bool IsDeclared(string name) => _declarations?.Get(name) is not null;

    public Value Resolve(string name, ResolutionTrace trace)
    {
        if (!_cache.TryGetValue(name, out var entry)) _cache[name] = entry = Compute(name);
        if (entry.Cause is not null) trace.Unknown(entry.Cause);
        return entry.Value;
    }

    private (Value, string?) Compute(string name)
    {
        var declaration = _declarations?.Get(name) as MappingNode;
        var type = (declaration?.Get("Type") as ScalarNode)?.Text ?? "String";
        var isList = type == "CommaDelimitedList" || type.StartsWith("List<", StringComparison.Ordinal);
        if (IsNoEcho(declaration))
            return (Value.Unknown, $"parameter '{name}' is NoEcho (a secret): its value is never read into the inventory or shown");
        if (_overrides.TryGetValue(name, out var given)) return (Shape(given, isList), null);
        if (type.StartsWith("AWS::SSM::Parameter::Value<", StringComparison.Ordinal))
            return (Value.Unknown, $"parameter '{name}' is read from SSM at deployment (give its value as a parameter to resolve it)");
        switch (declaration?.Get("Default"))
        {
            case ScalarNode { Kind: not ScalarKind.Null } s:
                return (Shape(s.Kind == ScalarKind.Boolean ? s.Text.ToLowerInvariant() : s.Text, isList), null);
            case SequenceNode seq when seq.Items.All(i => i is ScalarNode):
                return (Value.Strings(seq.Items.Cast<ScalarNode>().Select(i => i.Text)), null);
            default:
                return (Value.Unknown, $"parameter '{name}' has no Default (give its value as a parameter to resolve it)");
        }
    }

    private static bool IsNoEcho(MappingNode? declaration) =>
        declaration?.Get("NoEcho") is ScalarNode { Kind: not ScalarKind.Null } s && s.Text.Equals("true", StringComparison.OrdinalIgnoreCase);

    private static Value Shape(string text, bool isList) =>
        isList ? Value.Strings(text.Length == 0 ? [] : text.Split(',').Select(s => s.Trim())) : Value.From(text);
}
