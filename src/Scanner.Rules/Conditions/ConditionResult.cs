using Scanner.Core.Findings;
using Scanner.Rules.Evaluation;

namespace Scanner.Rules.Conditions;

/// <summary>A condition's outcome and, when true, the evidence that made it so.</summary>
public readonly record struct ConditionResult(Tri Value, IReadOnlyList<Evidence> Evidence)
{
    private static readonly IReadOnlyList<Evidence> None = [];

    public static ConditionResult False { get; } = new(Tri.False, None);
    public static ConditionResult Unknown { get; } = new(Tri.Unknown, None);
    public static ConditionResult True(IReadOnlyList<Evidence>? evidence = null) => new(Tri.True, evidence ?? None);
}
