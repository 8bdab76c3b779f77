using Scanner.Rules.Evaluation;

namespace Scanner.Rules.Conditions;

/// <summary>A compiled condition node, evaluated against the current item (the subject, or a quantifier's element).</summary>
public abstract class Condition
{
    public abstract ConditionResult Evaluate(Item current, EvaluationContext context);
}
