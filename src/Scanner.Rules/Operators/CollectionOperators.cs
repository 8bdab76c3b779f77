using Scanner.Core.Inventory;
using Scanner.Rules.Evaluation;

namespace Scanner.Rules.Operators;

/// <summary><c>exists: true</c>: the path selects something that is not null. <c>absent</c> is its negation.</summary>
internal sealed class ExistsOperator(string name, bool negate) : CollectionOperator(name, ArgumentType.Boolean, "something non-null is / is not there")
{
    public override (OperatorArgument?, string?) Validate(Value a) => a.IsBoolean ? Ok(a) : Fail();

    public override Tri Test(IReadOnlyList<Item> elements, OperatorArgument a, EvaluationContext c)
    {
        // A present list counts as existing even when empty; "empty" is a separate question.
        var exists = elements.Any(e => e.Resource is not null || e.Value is { IsNull: false, IsUnknown: false } || e.IsUnknownElement);
        var result = exists ? Tri.True : elements.Any(e => e.IsUnknown) ? Tri.Unknown : Tri.False;
        return (a.Raw.AsBoolean != negate) ? result : result.Not();
    }
}

/// <summary><c>empty: true</c>: no elements (absent, null, empty list, empty string, or no related resources).</summary>
internal sealed class EmptyOperator(string name, bool negate)
    : CollectionOperator(name, ArgumentType.Boolean, "nothing (absent, null, `[]`, `\"\"`, no related resources) / something")
{
    public override (OperatorArgument?, string?) Validate(Value a) => a.IsBoolean ? Ok(a) : Fail();

    public override Tri Test(IReadOnlyList<Item> elements, OperatorArgument a, EvaluationContext c)
    {
        Tri result;
        if (elements.Count == 0) result = Tri.True;
        else if (elements.Any(e => e.Resource is not null || e.IsUnknownElement || e.Value is { IsNull: false, IsUnknown: false } && !(e.Value.IsString && e.Value.AsString.Length == 0)))
            result = Tri.False;
        else result = elements.Any(e => e.IsUnknown) ? Tri.Unknown : Tri.True;
        return (a.Raw.AsBoolean != negate) ? result : result.Not();
    }
}

/// <summary><c>contains: X</c>: an element equals X (or, for a single string, X is a substring).</summary>
internal sealed class ContainsOperator(string name, bool negate)
    : CollectionOperator(name, ArgumentType.Scalar(orNull: false), "an element equals it (a single string: substring)")
{
    public override (OperatorArgument?, string?) Validate(Value a) => ValueComparison.IsScalar(a) && !a.IsNull ? Ok(a) : Fail();

    public override Tri Test(IReadOnlyList<Item> elements, OperatorArgument a, EvaluationContext c)
    {
        var found = false;
        var unknown = false;
        foreach (var e in elements)
        {
            if (e.IsUnknown) { unknown = true; continue; }
            if (e.Value is not { } v) continue;
            if (elements.Count == 1 && v.IsString && a.Raw.IsString) found |= v.AsString.Contains(a.Raw.AsString, StringComparison.Ordinal);
            else found |= ValueComparison.AreEqual(v, a.Raw);
        }
        var result = found ? Tri.True : unknown ? Tri.Unknown : Tri.False;
        return negate ? result.Not() : result;
    }
}

/// <summary><c>count_equals</c>, <c>count_greater_than</c>, <c>count_less_than</c>: the number of elements.</summary>
internal sealed class CountOperator(string name, Func<int, double, bool> compare)
    : CollectionOperator(name, ArgumentType.Number(minimum: 0).Described("number", "a whole number"), "the number of elements compares so")
{
    public override (OperatorArgument?, string?) Validate(Value a) => a.IsNumber && a.AsNumber >= 0 ? Ok(a) : Fail();

    public override Tri Test(IReadOnlyList<Item> elements, OperatorArgument a, EvaluationContext c)
    {
        // An unknown element of a known list is still one element; only a wholly unknown list (or relation) has an
        // unknown count, and it may hold any number of elements.
        var low = elements.Count(e => (!e.IsUnknown || e.IsUnknownElement) && !(e.Value?.IsNull ?? false));
        var open = elements.Any(e => e.IsUnknown && !e.IsUnknownElement);
        var x = a.Raw.AsNumber;
        if (!open) return TriLogic.From(compare(low, x));
        // The count lies in [low, ∞): decide only when every count in it compares alike. For =, < and > it is enough
        // to try the low end and the whole numbers around the argument that lie in the range.
        var outcome = compare(low, x);
        foreach (var n in (double[])[Math.Floor(x), Math.Floor(x) + 1, Math.Ceiling(x)])
            if (n >= low && n <= int.MaxValue && compare((int)n, x) != outcome) return Tri.Unknown;
        return TriLogic.From(outcome);
    }
}
