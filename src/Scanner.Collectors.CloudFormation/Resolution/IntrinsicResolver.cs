using System.Globalization;
using System.Text;
using Scanner.Collectors.CloudFormation.Parsing;
using Scanner.Core.Collection;
using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Resolution;

/// <summary>
/// Evaluates template nodes to inventory <see cref="Value"/>s. Literals stay literals; <c>Ref</c> to a parameter
/// or pseudo parameter gives its value; <c>Ref</c>/<c>Fn::GetAtt</c> to a resource gives
/// <see cref="Value.Unknown"/> and records the resource in the trace; <c>Fn::Sub</c>, <c>Fn::Join</c>,
/// <c>Fn::Select</c>, <c>Fn::Split</c>, <c>Fn::FindInMap</c>, <c>Fn::Base64</c> and <c>Fn::If</c> compute when
/// their parts are known. <c>Fn::ImportValue</c>, <c>Fn::GetAZs</c>, <c>Fn::Cidr</c> and <c>Fn::Transform</c> are
/// unknown. C# <c>null</c> means <c>AWS::NoValue</c>: the enclosing key or list item disappears.
/// Recursion is bounded (<see cref="MaxResolveDepth"/>) so a long chain of conditions or mappings cannot exhaust
/// the stack; beyond it values are unknown.
/// </summary>
internal sealed class IntrinsicResolver
{
    private const int MaxResolveDepth = 512;

    private readonly IReadOnlyDictionary<string, string> _resourceTypes;
    private readonly ParameterTable _parameters;
    private readonly PseudoParameters _pseudo;
    private readonly MappingNode? _mappings;
    private readonly ConditionEvaluator _conditions;

    // The template's one pool: a value per number its properties are coerced to (ports recur in every rule). Scalars
    // are resolved to a value each (their texts are already one string each in the tree); a mapped resource's
    // properties go through the pool once built (ValuePool.Share), which keeps the repeated ones once.
    private readonly ValuePool _values = new();
    private int _depth;

    public IntrinsicResolver(TemplateModel template, IReadOnlyDictionary<string, string> resourceTypes, IReadOnlyDictionary<string, string> overrides)
    {
        _resourceTypes = resourceTypes;
        _parameters = new ParameterTable(template.Parameters, overrides);
        _pseudo = new PseudoParameters(overrides);
        _mappings = template.Mappings;
        _conditions = new ConditionEvaluator(template.Conditions, this);
    }

    public PseudoParameters Pseudo => _pseudo;

    public ConditionEvaluator Conditions => _conditions;

    /// <summary>The CloudFormation type of a logical resource, or null when the template has no such resource.</summary>
    public string? ResourceType(string logicalId) => _resourceTypes.GetValueOrDefault(logicalId);

    public Value? Resolve(TemplateNode node, ResolutionTrace trace)
    {
        if (_depth >= MaxResolveDepth)
        {
            trace.Unknown("expression nesting too deep to evaluate");
            return Value.Unknown;
        }
        _depth++;
        try
        {
            return node switch
            {
                ScalarNode s => Scalar(s),
                SequenceNode seq => List(seq, trace),
                MappingNode map when IntrinsicName(map) is { } fn => Intrinsic(fn, map.Entries[0].Value, trace),
                MappingNode map => Map(map, trace),
                _ => Value.Unknown,
            };
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>The intrinsic a one-key mapping calls (<c>Ref</c> or <c>Fn::…</c>), or null for a plain mapping.</summary>
    public static string? IntrinsicName(MappingNode map) =>
        map.Count == 1 && map.Entries[0].Key.Text is var k && (k == "Ref" || k.StartsWith("Fn::", StringComparison.Ordinal)) ? k : null;

    /// <summary>
    /// A list. An item that is unknown but may also be AWS::NoValue (an undecidable Fn::If with a NoValue branch)
    /// makes the length unknown, so the whole list is; other unknown items are elements of a known-length list.
    /// </summary>
    private Value List(SequenceNode seq, ResolutionTrace trace)
    {
        var items = new List<Value>(seq.Items.Count);
        var lengthUnknown = false;
        foreach (var node in seq.Items)
        {
            if (Resolve(node, trace) is not { } v) continue;
            if (v.IsUnknown && MayBeNoValue(node)) lengthUnknown = true;
            items.Add(v);
        }
        return lengthUnknown ? Value.Unknown : Value.List(items);
    }

    private static bool MayBeNoValue(TemplateNode node) =>
        node is MappingNode map && IntrinsicName(map) == "Fn::If" && map.Entries[0].Value is SequenceNode { Items: [_, var a, var b] } &&
        (IsNoValue(a) || IsNoValue(b));

    private static bool IsNoValue(TemplateNode node) =>
        node is MappingNode { Count: 1 } map && map.Entries[0] is { Key.Text: "Ref", Value: ScalarNode { Text: PseudoParameters.NoValue } };

    private Value Scalar(ScalarNode s) => s.Kind switch
    {
        ScalarKind.Boolean => Value.From(s.BooleanValue),
        ScalarKind.Null => Value.Null,
        _ => Value.From(s.Text),
    };

    /// <summary>The template's shared values: one per repeated scalar and number (for values coerced after resolution too).</summary>
    public ValuePool Values => _values;

    private Value Map(MappingNode map, ResolutionTrace trace)
    {
        var entries = new List<KeyValuePair<string, Value>>(map.Count);
        foreach (var (key, value) in map.Entries)
            if (Resolve(value, trace) is { } v) entries.Add(new(key.Text, v));
        return Value.Map(entries);
    }

    private Value? Intrinsic(string fn, TemplateNode arg, ResolutionTrace trace)
    {
        switch (fn)
        {
            case "Ref": return Ref(arg, trace);
            case "Fn::GetAtt": return GetAtt(arg, trace);
            case "Fn::Sub": return Sub(arg, trace);
            case "Fn::Join": return Join(arg, trace);
            case "Fn::Select": return Select(arg, trace);
            case "Fn::Split": return Split(arg, trace);
            case "Fn::FindInMap": return FindInMap(arg, trace);
            case "Fn::If": return If(arg, trace);
            case "Fn::Base64":
                return Resolve(arg, trace) is { } b && ValueFacts.Text(b) is { } text
                    ? Value.From(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)))
                    : Value.Unknown;
            case "Fn::Equals" or "Fn::And" or "Fn::Or" or "Fn::Not":
                var outcome = _conditions.Evaluate(fn, arg, trace);
                return outcome is { } known ? Value.From(known) : Value.Unknown;
            case "Fn::ImportValue":
                trace.Unknown("Fn::ImportValue reads another stack's export, unknown to a template scan");
                return Value.Unknown;
            default:
                trace.Unknown($"{fn} is not evaluated by the scanner");
                return Value.Unknown;
        }
    }

    private Value? Ref(TemplateNode arg, ResolutionTrace trace)
    {
        if (arg is not ScalarNode { Kind: ScalarKind.String } name)
        {
            trace.Unknown("Ref needs a literal name");
            return Value.Unknown;
        }
        return RefName(name.Text, trace);
    }

    private Value? RefName(string name, ResolutionTrace trace)
    {
        if (_parameters.IsDeclared(name)) return _parameters.Resolve(name, trace);
        if (PseudoParameters.IsPseudo(name)) return _pseudo.Resolve(name, trace);
        if (_resourceTypes.ContainsKey(name))
        {
            trace.Reference(name);
            return Value.Unknown;
        }
        trace.Unknown($"Ref to '{name}', which is neither a parameter nor a resource of this template");
        return Value.Unknown;
    }

    private Value GetAtt(TemplateNode arg, ResolutionTrace trace)
    {
        var logicalId = arg switch
        {
            SequenceNode { Items: [ScalarNode res, ..] } => res.Text,
            ScalarNode s => s.Text.Split('.', 2)[0],
            _ => null,
        };
        if (logicalId is not null && _resourceTypes.ContainsKey(logicalId))
        {
            trace.Reference(logicalId);
            return Value.Unknown;
        }
        trace.Unknown(logicalId is null ? "Fn::GetAtt needs [resource, attribute]" : $"Fn::GetAtt on '{logicalId}', which is not a resource of this template");
        return Value.Unknown;
    }

    private Value Sub(TemplateNode arg, ResolutionTrace trace)
    {
        var (template, variables) = SubParts(arg);
        if (template is null)
        {
            trace.Unknown("Fn::Sub needs a string or [string, {variables}]");
            return Value.Unknown;
        }
        var result = new StringBuilder();
        var known = true;
        foreach (var part in SubstitutionTemplate.Parse(template))
        {
            if (part.IsLiteral)
            {
                result.Append(part.Text);
                continue;
            }
            var value = SubVariable(part.Text, variables, trace);
            if (value is not null && ValueFacts.Text(value) is { } text) result.Append(text);
            else known = false;
        }
        return known ? Value.From(result.ToString()) : Value.Unknown;
    }

    /// <summary>The Fn::Sub template string and its variable map (either may be absent).</summary>
    public static (string? Template, MappingNode? Variables) SubParts(TemplateNode arg) => arg switch
    {
        ScalarNode { Kind: ScalarKind.String } s => (s.Text, null),
        SequenceNode { Items: [ScalarNode { Kind: ScalarKind.String } s, MappingNode vars] } => (s.Text, vars),
        SequenceNode { Items: [ScalarNode { Kind: ScalarKind.String } s] } => (s.Text, null),
        _ => (null, null),
    };

    /// <summary>Resolves one <c>${name}</c> of Fn::Sub: a local variable, else a Ref, else a GetAtt for <c>Res.Attr</c>.</summary>
    public Value? SubVariable(string name, MappingNode? variables, ResolutionTrace trace)
    {
        if (variables?.Get(name) is { } local) return Resolve(local, trace);
        var dot = name.IndexOf('.');
        if (dot > 0 && !PseudoParameters.IsPseudo(name) && !_parameters.IsDeclared(name))
        {
            var logicalId = name[..dot];
            if (_resourceTypes.ContainsKey(logicalId))
            {
                trace.Reference(logicalId);
                return Value.Unknown;
            }
        }
        return RefName(name, trace);
    }

    private Value Join(TemplateNode arg, ResolutionTrace trace)
    {
        if (arg is not SequenceNode { Items: [var delimiterNode, var listNode] })
        {
            trace.Unknown("Fn::Join needs [delimiter, list]");
            return Value.Unknown;
        }
        var delimiter = Resolve(delimiterNode, trace) is { } d ? ValueFacts.Text(d) : null;
        var list = Resolve(listNode, trace);
        if (delimiter is null || list is not { IsList: true }) return Value.Unknown;
        var texts = list.Items.Select(ValueFacts.Text).ToList();
        return texts.Any(t => t is null) ? Value.Unknown : Value.From(string.Join(delimiter, texts));
    }

    private Value? Select(TemplateNode arg, ResolutionTrace trace)
    {
        if (arg is not SequenceNode { Items: [var indexNode, var listNode] })
        {
            trace.Unknown("Fn::Select needs [index, list]");
            return Value.Unknown;
        }
        var indexText = Resolve(indexNode, trace) is { } iv ? ValueFacts.Text(iv) : null;
        if (indexText is null || !int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            Resolve(listNode, trace);
            if (indexText is not null) trace.Unknown($"Fn::Select index '{indexText}' is not a number");
            return Value.Unknown;
        }
        if (listNode is SequenceNode literal)
        {
            // Only the chosen item is evaluated, so only its references count.
            if (index < literal.Items.Count) return Resolve(literal.Items[index], trace);
            trace.Unknown($"Fn::Select index {index} is past the end of the list");
            return Value.Unknown;
        }
        var list = Resolve(listNode, trace);
        if (list is not { IsList: true }) return Value.Unknown;
        if (index < list.Items.Count) return list.Items[index];
        trace.Unknown($"Fn::Select index {index} is past the end of the list");
        return Value.Unknown;
    }

    private Value Split(TemplateNode arg, ResolutionTrace trace)
    {
        if (arg is not SequenceNode { Items: [var delimiterNode, var sourceNode] })
        {
            trace.Unknown("Fn::Split needs [delimiter, string]");
            return Value.Unknown;
        }
        var delimiter = Resolve(delimiterNode, trace) is { } d ? ValueFacts.Text(d) : null;
        var source = Resolve(sourceNode, trace) is { } s ? ValueFacts.Text(s) : null;
        if (delimiter is null || source is null || delimiter.Length == 0) return Value.Unknown;
        return Value.Strings(source.Split(delimiter));
    }

    private Value? FindInMap(TemplateNode arg, ResolutionTrace trace)
    {
        if (arg is not SequenceNode { Items.Count: 3 or 4 } seq)
        {
            trace.Unknown("Fn::FindInMap needs [map, top-level key, second-level key]");
            return Value.Unknown;
        }
        var keys = seq.Items.Take(3).Select(i => Resolve(i, trace) is { } v ? ValueFacts.Text(v) : null).ToArray();
        var fallback = seq.Items.Count == 4 && seq.Items[3] is MappingNode opts ? opts.Get("DefaultValue") : null;
        if (keys.Any(k => k is null))
            return fallback is not null ? Unknown(trace, "Fn::FindInMap keys are not known") : Value.Unknown;
        if ((_mappings?.Get(keys[0]!) as MappingNode)?.Get(keys[1]!) is MappingNode top && top.Get(keys[2]!) is { } found)
            return Resolve(found, trace);
        if (fallback is not null) return Resolve(fallback, trace);
        return Unknown(trace, $"Fn::FindInMap: no entry {keys[0]}/{keys[1]}/{keys[2]} in Mappings");
    }

    private Value? If(TemplateNode arg, ResolutionTrace trace)
    {
        if (arg is not SequenceNode { Items: [ScalarNode condition, var whenTrue, var whenFalse] })
            return Unknown(trace, "Fn::If needs [condition, value if true, value if false]");
        var outcome = _conditions.Named(condition.Text, trace);
        if (outcome == true) return Resolve(whenTrue, trace);
        if (outcome == false) return Resolve(whenFalse, trace);
        // Undecided: both branches may be deployed, so both count as references; agreeing branches are still known.
        var a = Resolve(whenTrue, trace);
        var b = Resolve(whenFalse, trace);
        if (a is not null && b is not null && a.Equals(b) && !ValueFacts.ContainsUnknown(a)) return a;
        trace.Unknown($"condition '{condition.Text}' cannot be decided");
        return Value.Unknown;
    }

    private static Value Unknown(ResolutionTrace trace, string cause)
    {
        trace.Unknown(cause);
        return Value.Unknown;
    }
}
