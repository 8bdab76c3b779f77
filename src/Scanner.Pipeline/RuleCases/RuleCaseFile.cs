namespace Scanner.Pipeline.RuleCases;

/// <summary>
/// A <c>&lt;slug&gt;.cases.yaml</c> file: the rule it proves and its cases. <see cref="LiveNeverFires"/> is the stated
/// reason a rule over a live kind cannot fire on a live scan by design (its condition excludes live resources); its
/// live cases must then all be cases where nothing fires.
/// </summary>
public sealed record RuleCaseFile(string Path, string RuleId, IReadOnlyList<RuleCase> Cases)
{
    public string? LiveNeverFires { get; init; }
}
