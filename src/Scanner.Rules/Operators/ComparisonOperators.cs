using System.Text.RegularExpressions;
using Scanner.Core.Inventory;
using Scanner.Rules.Evaluation;

namespace Scanner.Rules.Operators;

internal sealed class EqualsOperator(string name, bool negate)
    : ElementOperator(name, ArgumentType.Scalar(orNull: true), "equals / differs (numbers also match numeric strings)")
{
    public override (OperatorArgument?, string?) Validate(Value a) => ValueComparison.IsScalar(a) ? Ok(a) : Fail();

    public override Tri Test(Value v, OperatorArgument a, EvaluationContext c) =>
        TriLogic.From(ValueComparison.AreEqual(v, a.Raw) != negate);
}

internal sealed class InOperator(string name, bool negate)
    : ElementOperator(name, ArgumentType.ListOf(ArgumentType.Scalar(orNull: false)).Described("list", "a list of strings, numbers or booleans"), "is / is not one of them")
{
    public override (OperatorArgument?, string?) Validate(Value a) =>
        a.IsList && a.Items.All(ValueComparison.IsScalar) ? Ok(a) : Fail();

    public override Tri Test(Value v, OperatorArgument a, EvaluationContext c) =>
        TriLogic.From(a.Raw.Items.Any(x => ValueComparison.AreEqual(v, x)) != negate);
}

/// <summary>
/// Rule files are untrusted (they come from pull requests), so patterns run on the linear-time engine
/// (<see cref="RegexOptions.NonBacktracking"/>: no catastrophic backtracking, e.g. <c>^(a+)+$</c> is linear; same
/// <c>IsMatch</c> result as the backtracking engine; interpreted, so Native AOT safe). Constructs that need
/// backtracking (backreferences, lookarounds, atomic groups, conditionals) are refused when the rule loads. Patterns
/// longer than <see cref="MaxPatternLength"/> are refused too; each match still has a 200 ms timeout (then unknown).
/// </summary>
internal sealed class MatchesOperator(string name, bool negate) : ElementOperator(name,
    ArgumentType.String().Described("regex (.NET)", "a regular expression (.NET syntax, matched against the whole value unless anchored otherwise)"),
    "matches / does not (linear-time matching, 200 ms timeout → unknown)")
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest pattern accepted (the linear engine's automaton grows with the pattern).</summary>
    public const int MaxPatternLength = 1000;

    public override (OperatorArgument?, string?) Validate(Value a)
    {
        if (!a.IsString) return Fail();
        if (a.AsString.Length > MaxPatternLength)
            return (null, $"operator '{Name}': the regular expression is {a.AsString.Length} characters, over the limit of {MaxPatternLength}");
        try
        {
            var regex = Create(a.AsString);
            return Ok(a, new Lazy<Regex>(regex));
        }
        catch (NotSupportedException)
        {
            return (null, $"operator '{Name}': the regular expression needs backtracking (a backreference, lookaround, atomic group or conditional); rules use linear-time matching, so rewrite it without those");
        }
        catch (ArgumentException e)
        {
            return (null, $"operator '{Name}': invalid regular expression: {e.Message}");
        }
    }

    /// <summary>
    /// A precompiled rule is one of the bundled rules, compiled when the binary was built: its pattern was accepted by
    /// the linear-time engine then (so it has none of the constructs that need backtracking, for which both engines give
    /// the same <c>IsMatch</c>) and is reviewed with the product. Building the linear-time automaton costs milliseconds
    /// per pattern (tens with <c>(?i)</c>), most of a small scan, so the restored pattern runs on the interpreter, which
    /// is built in microseconds, on first use; the match timeout still applies. Rule files loaded at run time keep the
    /// linear-time engine.
    /// </summary>
    internal override OperatorArgument Restore(Value a) =>
        a.IsString ? new OperatorArgument(a, new Lazy<Regex>(() => new Regex(a.AsString, RegexOptions.CultureInvariant, Timeout))) : base.Restore(a);

    private static Regex Create(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, Timeout);

    public override Tri Test(Value v, OperatorArgument a, EvaluationContext c)
    {
        if (!v.IsString && !v.IsNumber && !v.IsBoolean) return Tri.False;
        try
        {
            return TriLogic.From(((Lazy<Regex>)a.Compiled!).Value.IsMatch(v.ToString()) != negate);
        }
        catch (RegexMatchTimeoutException)
        {
            return Tri.Unknown;
        }
    }
}

internal sealed class AffixOperator(string name, bool prefix) : ElementOperator(name, ArgumentType.String(), "has the prefix / suffix")
{
    public override (OperatorArgument?, string?) Validate(Value a) => a.IsString ? Ok(a) : Fail();

    public override Tri Test(Value v, OperatorArgument a, EvaluationContext c) =>
        !v.IsString ? Tri.False :
        TriLogic.From(prefix ? v.AsString.StartsWith(a.Raw.AsString, StringComparison.Ordinal) : v.AsString.EndsWith(a.Raw.AsString, StringComparison.Ordinal));
}

internal sealed class OrderOperator(string name, Func<double, double, bool> compare) : ElementOperator(name, ArgumentType.Number(), "compares so")
{
    public override (OperatorArgument?, string?) Validate(Value a) => a.IsNumber ? Ok(a) : Fail();

    public override Tri Test(Value v, OperatorArgument a, EvaluationContext c) =>
        ValueComparison.AsNumber(v) is { } n ? TriLogic.From(compare(n, a.Raw.AsNumber)) : Tri.False;
}

internal sealed class IsUnknownOperator() : ElementOperator("is_unknown", ArgumentType.Boolean, "is unknown (the only operator that sees unknowns)")
{
    public override bool InspectsUnknown => true;

    public override (OperatorArgument?, string?) Validate(Value a) => a.IsBoolean ? Ok(a) : Fail();

    public override Tri Test(Value v, OperatorArgument a, EvaluationContext c) => TriLogic.From(v.IsUnknown == a.Raw.AsBoolean);
}
