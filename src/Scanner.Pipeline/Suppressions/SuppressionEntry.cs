namespace Scanner.Pipeline.Suppressions;

/// <summary>
/// One accepted finding pattern: a rule id (or <c>*</c>), a resource pattern matched against the ARN, id,
/// IaC address / logical id and key (<c>*</c> matches any run of characters), why, who owns the decision, and
/// until when it holds.
/// </summary>
public sealed record SuppressionEntry(string Rule, string Resource, string Reason, string? Owner, DateOnly? Expires, int Line)
{
    public bool IsExpired(DateOnly today) => Expires is { } e && e < today;
}
