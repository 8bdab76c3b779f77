namespace Scanner.Rules;

/// <summary>The rules loaded from one or more folders, and every problem met loading them.</summary>
public sealed record RuleSet(IReadOnlyList<CompiledRule> Rules, IReadOnlyList<RuleError> Errors, IReadOnlyList<string> RuleFiles)
{
    public bool IsValid => Errors.Count == 0;
}
