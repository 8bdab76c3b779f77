using Scanner.Core.Inventory;
using Scanner.Rules.Evaluation;

namespace Scanner.Rules.Operators;

/// <summary>
/// A condition operator paired with its own argument validator. Element operators test each selected value
/// (true when any value passes); collection operators test the selection as a whole.
/// </summary>
public abstract class RuleOperator
{
    /// <param name="name">The YAML key (lower-case words joined by <c>_</c>).</param>
    /// <param name="argument">What the argument must be.</param>
    /// <param name="summary">
    /// What makes the condition true, in Markdown: it completes "true when the value …" for an element operator and
    /// "true when …" for a collection operator (the operator tables of <c>rules/README.md</c>).
    /// </param>
    protected RuleOperator(string name, ArgumentType argument, string summary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(argument);
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        Name = name;
        Argument = argument;
        Summary = summary;
    }

    /// <summary>The YAML key.</summary>
    public string Name { get; }

    /// <summary>What the argument must be (error messages, the schema, the documentation).</summary>
    public ArgumentType Argument { get; }

    /// <summary>What the argument must be, in words, for error messages.</summary>
    public string ArgumentDescription => Argument.Description;

    /// <summary>What makes the condition true, in Markdown (see the constructor).</summary>
    public string Summary { get; }

    /// <summary>True for an operator that judges the selection as a whole (<see cref="CollectionOperator"/>).</summary>
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

    /// <summary>Accepts the argument, with a pre-compiled form when the operator has one.</summary>
    protected static (OperatorArgument?, string?) Ok(Value raw, object? compiled = null) => (new OperatorArgument(raw, compiled), null);

    /// <summary>Refuses the argument with "operator 'x' expects …".</summary>
    protected (OperatorArgument?, string?) Fail() => (null, $"operator '{Name}' expects {ArgumentDescription}");
}

/// <summary>An operator that tests one value at a time.</summary>
public abstract class ElementOperator(string name, ArgumentType argument, string summary) : RuleOperator(name, argument, summary)
{
    public override bool IsCollectionOperator => false;

    /// <summary>When true, unknown values are passed to <see cref="Test"/> instead of making the result unknown.</summary>
    public virtual bool InspectsUnknown => false;

    /// <summary>Tests one selected value (never unknown unless <see cref="InspectsUnknown"/>).</summary>
    public abstract Tri Test(Value value, OperatorArgument argument, EvaluationContext context);
}

/// <summary>An operator that tests the whole selection (a list property's elements, or a relation's targets).</summary>
public abstract class CollectionOperator(string name, ArgumentType argument, string summary) : RuleOperator(name, argument, summary)
{
    public override bool IsCollectionOperator => true;

    /// <summary>Tests the whole selection.</summary>
    public abstract Tri Test(IReadOnlyList<Item> elements, OperatorArgument argument, EvaluationContext context);
}
