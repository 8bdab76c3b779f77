namespace Scanner.Pipeline.RuleCases;

/// <summary>The outcome of one case: what had to fire, what did, and why it failed when it did.</summary>
public sealed record CaseResult(string Name, CaseInputForm Form, IReadOnlyList<string> Expected, IReadOnlyList<string> Actual, string? Failure)
{
    public bool Passed => Failure is null && NotRun is null;

    /// <summary>Why the case was not run (a live case without an AWS emulator); null when it ran.</summary>
    public string? NotRun { get; init; }
}
