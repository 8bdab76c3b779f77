using Scanner.Core.Findings;
using Scanner.Rules.Evaluation;

namespace Scanner.Rules.Conditions;

/// <summary><c>all:</c> true when every child is true; false when any is false; otherwise unknown.</summary>
internal sealed class AllCondition(IReadOnlyList<Condition> children) : Condition
{
    public IReadOnlyList<Condition> Children => children;

    public override ConditionResult Evaluate(Item current, EvaluationContext context)
    {
        List<Evidence>? evidence = null;
        var unknown = false;
        // Indexed, not foreach: an interface's enumerator is an object, and conditions run once per subject.
        for (var i = 0; i < children.Count; i++)
        {
            var r = children[i].Evaluate(current, context);
            if (r.Value == Tri.False) return ConditionResult.False;
            if (r.Value == Tri.Unknown) unknown = true;
            else if (r.Evidence.Count > 0) (evidence ??= []).AddRange(r.Evidence);
        }
        return unknown ? new ConditionResult(Tri.Unknown, (IReadOnlyList<Evidence>?)evidence ?? []) : ConditionResult.True(evidence);
    }
}

/// <summary><c>any:</c> true when some child is true; false when all are false; otherwise unknown.</summary>
internal sealed class AnyCondition(IReadOnlyList<Condition> children) : Condition
{
    public IReadOnlyList<Condition> Children => children;

    public override ConditionResult Evaluate(Item current, EvaluationContext context)
    {
        List<Evidence>? evidence = null;
        var unknown = false;
        for (var i = 0; i < children.Count; i++)
        {
            var r = children[i].Evaluate(current, context);
            if (r.Value == Tri.True) (evidence ??= []).AddRange(r.Evidence);
            else if (r.Value == Tri.Unknown) unknown = true;
        }
        return evidence is not null ? ConditionResult.True(evidence) : unknown ? ConditionResult.Unknown : ConditionResult.False;
    }
}

/// <summary><c>not:</c> / <c>none:</c> the negation of one child, or of <c>any</c> over several.</summary>
internal sealed class NotCondition(Condition child, string description) : Condition
{
    public Condition Child => child;

    /// <summary>What the negated part is called in evidence ("no match for …").</summary>
    public string Description => description;

    public override ConditionResult Evaluate(Item current, EvaluationContext context)
    {
        var r = child.Evaluate(current, context);
        return r.Value switch
        {
            Tri.True => ConditionResult.False,
            Tri.False => ConditionResult.True([new Evidence(current.Path.IsRoot ? "$" : current.Path.ToString(), "no match for " + description)]),
            _ => ConditionResult.Unknown,
        };
    }
}
