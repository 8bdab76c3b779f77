namespace Scanner.Pipeline.RuleCases;

/// <summary>A <c>&lt;slug&gt;.cases.yaml</c> file: the rule it proves and its cases.</summary>
public sealed record RuleCaseFile(string Path, string RuleId, IReadOnlyList<RuleCase> Cases);
