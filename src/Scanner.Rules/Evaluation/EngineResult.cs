using Scanner.Core.Findings;

namespace Scanner.Rules.Evaluation;

/// <summary>Findings, and the (rule, resource) pairs that stayed undecided because values were unknown.</summary>
public sealed record EngineResult(IReadOnlyList<Finding> Findings, IReadOnlyList<(string RuleId, string ResourceKey)> Undecided)
{
    /// <summary>Findings whose message and evidence were shortened because the report's text budget was spent.</summary>
    public int ShortenedFindings { get; init; }
}
