using Scanner.Core.Findings;
using Scanner.Rules.Evaluation;
using Scanner.Rules.Paths;

namespace Scanner.Rules.Conditions;

/// <summary>The quantifiers <c>some</c>, <c>every</c> and <c>no</c> over the elements a path selects.</summary>
public enum Quantifier
{
    Some,
    Every,
    No,
}

/// <summary>
/// <c>{ some|every|no: { in: PATH, where: CONDITION } }</c>; <c>where</c> sees each element as its current item.
/// <c>every</c> over no elements is true, <c>some</c> false, <c>no</c> true (say <c>not_empty</c> beside it when that matters).
/// </summary>
internal sealed class QuantifierCondition(Quantifier quantifier, PropertyPath path, Condition where) : Condition
{
    public Quantifier Quantifier => quantifier;
    public PropertyPath Path => path;
    public Condition Where => where;

    public override ConditionResult Evaluate(Item current, EvaluationContext context)
    {
        var elements = Elements.Of(path.Select(current, context));
        var evidence = new List<Evidence>();
        int trueCount = 0, unknownCount = 0;
        foreach (var e in elements)
        {
            var r = e.IsUnknown ? ConditionResult.Unknown : where.Evaluate(e, context);
            if (r.Value == Tri.True)
            {
                trueCount++;
                evidence.AddRange(r.Evidence);
            }
            else if (r.Value == Tri.Unknown) unknownCount++;
        }
        var falseCount = elements.Count - trueCount - unknownCount;
        return quantifier switch
        {
            Quantifier.Some => trueCount > 0 ? ConditionResult.True(evidence) : unknownCount > 0 ? ConditionResult.Unknown : ConditionResult.False,
            Quantifier.Every => falseCount > 0 ? ConditionResult.False : unknownCount > 0 ? ConditionResult.Unknown : ConditionResult.True(evidence),
            _ => trueCount > 0 ? ConditionResult.False : unknownCount > 0 ? ConditionResult.Unknown
                : ConditionResult.True([new Evidence(path.Text, $"none of {elements.Count} matched")]),
        };
    }
}
