using Scanner.Collectors.CloudFormation.Parsing;
using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Resolution;

/// <summary>
/// Three-valued evaluation of the <c>Conditions</c> section: true, false, or null when it depends on something
/// unknown (a parameter without Default, the account, the region…). <c>Fn::And</c>/<c>Fn::Or</c> still decide when
/// one operand settles them. Results are memoised per name; a condition that refers back to itself is undecided.
/// </summary>
internal sealed class ConditionEvaluator
{
    private const int MaxChain = 256;

    private readonly MappingNode? _declarations;
    private readonly IntrinsicResolver _resolver;
    private readonly Dictionary<string, (bool? Result, string? Cause)> _memo = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    public ConditionEvaluator(MappingNode? declarations, IntrinsicResolver resolver)
    {
        _declarations = declarations;
        _resolver = resolver;
    }

    /// <summary>The value of a named condition (from a resource's <c>Condition</c> or <c>Fn::If</c>).</summary>
    public bool? Named(string name, ResolutionTrace trace)
    {
        if (_memo.TryGetValue(name, out var memo))
        {
            if (memo.Cause is not null) trace.Unknown(memo.Cause);
            return memo.Result;
        }
        if (_declarations?.Get(name) is not { } body)
        {
            trace.Unknown($"condition '{name}' is not declared in Conditions");
            return null;
        }
        if (_inProgress.Count >= MaxChain)
        {
            trace.Unknown("conditions nest too deeply to evaluate");
            return null;
        }
        if (!_inProgress.Add(name))
        {
            trace.Unknown($"condition '{name}' refers to itself");
            return null;
        }
        var local = new ResolutionTrace();
        var result = Expression(body, local);
        _inProgress.Remove(name);
        _memo[name] = (result, local.UnknownCause);
        if (local.UnknownCause is not null) trace.Unknown(local.UnknownCause);
        return result;
    }

    /// <summary>Evaluates a condition expression: a condition function, <c>{Condition: name}</c>, or a literal boolean.</summary>
    public bool? Expression(TemplateNode node, ResolutionTrace trace)
    {
        if (node is MappingNode { Count: 1 } map)
        {
            var (key, arg) = map.Entries[0];
            if (key.Text == "Condition")
                return arg is ScalarNode name ? Named(name.Text, trace) : null;
            if (key.Text is "Fn::Equals" or "Fn::And" or "Fn::Or" or "Fn::Not")
                return Evaluate(key.Text, arg, trace);
        }
        var value = _resolver.Resolve(node, trace);
        return value is null ? null : AsBoolean(value);
    }

    public bool? Evaluate(string fn, TemplateNode arg, ResolutionTrace trace)
    {
        var operands = arg as SequenceNode;
        switch (fn)
        {
            case "Fn::Equals":
                if (operands is not { Items: [var left, var right] }) return Fail(trace, "Fn::Equals needs two values");
                var a = _resolver.Resolve(left, trace) ?? Value.Null;
                var b = _resolver.Resolve(right, trace) ?? Value.Null;
                if (ValueFacts.ContainsUnknown(a) || ValueFacts.ContainsUnknown(b)) return null;
                return ValueFacts.Text(a) is { } ta && ValueFacts.Text(b) is { } tb ? ta == tb : a.Equals(b);
            case "Fn::Not":
                if (operands is not { Items: [var inner] }) return Fail(trace, "Fn::Not needs one condition");
                return !Expression(inner, trace);
            case "Fn::And" or "Fn::Or":
                if (operands is null || operands.Items.Count == 0) return Fail(trace, $"{fn} needs a list of conditions");
                var settle = fn == "Fn::Or"; // the operand value that decides the whole expression
                var undecided = false;
                foreach (var item in operands.Items)
                {
                    var r = Expression(item, trace);
                    if (r == settle) return settle;
                    if (r is null) undecided = true;
                }
                return undecided ? null : !settle;
            default:
                return null;
        }
    }

    private static bool? AsBoolean(Value v) => v.Kind switch
    {
        ValueKind.Boolean => v.AsBoolean,
        ValueKind.String when v.AsString.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
        ValueKind.String when v.AsString.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
        _ => null,
    };

    private static bool? Fail(ResolutionTrace trace, string cause)
    {
        trace.Unknown(cause);
        return null;
    }
}
