namespace Scanner.Rules;

/// <summary>A problem with a rule or case file, located at file, line and column.</summary>
public sealed record RuleError(string File, int Line, int Column, string Reason)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}: {Reason}" : $"{File}: {Reason}";
}
