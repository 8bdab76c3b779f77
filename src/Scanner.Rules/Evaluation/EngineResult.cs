using Scanner.Core.Findings;

namespace Scanner.Rules.Evaluation;

/// <summary>Findings, and the (rule, resource) pairs that stayed undecided because values were unknown.</summary>
public sealed record EngineResult(IReadOnlyList<Finding> Findings, IReadOnlyList<(string RuleId, string ResourceKey)> Undecided);
