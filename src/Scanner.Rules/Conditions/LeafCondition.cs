using Scanner.Core.Findings;
using Scanner.Rules.Evaluation;
using Scanner.Rules.Operators;
using Scanner.Rules.Paths;

namespace Scanner.Rules.Conditions;

/// <summary>
/// <c>{ path: P, OPERATOR: ARG }</c>. Element operators are true when any selected value passes (lists are
/// searched element by element); collection operators judge the selection as a whole.
/// </summary>
internal sealed class LeafCondition(PropertyPath path, RuleOperator op, OperatorArgument argument) : Condition
{
    public PropertyPath Path => path;
    public RuleOperator Operator => op;
    public OperatorArgument Argument => argument;

    public override ConditionResult Evaluate(Item current, EvaluationContext context)
    {
        var selection = path.Select(current, context);
        if (op is CollectionOperator collection)
        {
            var elements = Elements.Of(selection);
            var r = collection.Test(elements, argument, context);
            return r == Tri.True
                ? ConditionResult.True([new Evidence(EvidencePath(selection), Elements.Render(elements))])
                : r == Tri.Unknown ? ConditionResult.Unknown : ConditionResult.False;
        }

        var element = (ElementOperator)op;
        List<Evidence>? evidence = null;
        var unknown = false;
        foreach (var item in selection)
        foreach (var e in Elements.Flatten(item))
        {
            if (e.Value is not { } v) continue;
            if (v.IsUnknown && !element.InspectsUnknown)
            {
                unknown = true;
                continue;
            }
            switch (element.Test(v, argument, context))
            {
                case Tri.True:
                    (evidence ??= []).Add(new Evidence(e.Path.ToString(), v.IsUnknown ? "(not known before deployment)" : v.ToString()));
                    break;
                case Tri.Unknown:
                    unknown = true;
                    break;
            }
        }
        return evidence is not null ? ConditionResult.True(evidence) : unknown ? ConditionResult.Unknown : ConditionResult.False;
    }

    private string EvidencePath(List<Item> selection) =>
        selection.Count == 1 ? selection[0].Path.ToString() : path.Text;
}
