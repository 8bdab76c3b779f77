using Scanner.Core.Inventory;
using Scanner.Rules.Evaluation;

namespace Scanner.Rules.Operators;

/// <summary>
/// A condition operator paired with its own argument validator. Element operators test each selected value
/// (true when any value passes); collection operators test the selection as a whole.
/// </summary>
public abstract class RuleOperator
{
    protected RuleOperator(string name, string argumentDescription)
    {
        Name = name;
        ArgumentDescription = argumentDescription;
    }

    public string Name { get; }

    /// <summary>What the argument must be, for error messages and the rule-file documentation.</summary>
    public string ArgumentDescription { get; }

    public abstract bool IsCollectionOperator { get; }

    /// <summary>Checks and pre-compiles the argument; returns an error message when it is not acceptable.</summary>
    public abstract (OperatorArgument? Argument, string? Error) Validate(Value argument);

    /// <summary>
    /// The argument of a rule restored from its precompiled form, where <see cref="Validate"/> already accepted it
    /// when the form was built. By default it is validated again (cheap for most operators); an operator whose
    /// compiled form is costly to build overrides this to build it on first use.
    /// </summary>
    internal virtual OperatorArgument Restore(Value argument) =>
        Validate(argument).Argument ?? throw new InvalidDataException($"precompiled rules: operator '{Name}' refuses its argument {argument}");

    protected static (OperatorArgument?, string?) Ok(Value raw, object? compiled = null) => (new OperatorArgument(raw, compiled), null);
    protected (OperatorArgument?, string?) Fail() => (null, $"operator '{Name}' expects {ArgumentDescription}");
}

/// <summary>An operator that tests one value at a time.</summary>
public abstract class ElementOperator(string name, string argumentDescription) : RuleOperator(name, argumentDescription)
{
    public override bool IsCollectionOperator => false;

    /// <summary>When true, unknown values are passed to <see cref="Test"/> instead of making the result unknown.</summary>
    public virtual bool InspectsUnknown => false;

    public abstract Tri Test(Value value, OperatorArgument argument, EvaluationContext context);
}

/// <summary>An operator that tests the whole selection (a list property's elements, or a relation's targets).</summary>
public abstract class CollectionOperator(string name, string argumentDescription) : RuleOperator(name, argumentDescription)
{
    public override bool IsCollectionOperator => true;

    public abstract Tri Test(IReadOnlyList<Item> elements, OperatorArgument argument, EvaluationContext context);
}
