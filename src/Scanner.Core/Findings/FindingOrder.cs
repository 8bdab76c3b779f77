namespace Scanner.Core.Findings;

/// <summary>
/// The one order of findings: severity (critical first), rule id, resource key, fingerprint, message — all
/// ordinal, so the engine's result and every report come out alike whatever the input order or culture.
/// </summary>
public static class FindingOrder
{
    /// <summary>Negative when <paramref name="a"/> comes before <paramref name="b"/>.</summary>
    public static int Compare(Finding a, Finding b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var c = CompareRules(a.Severity, a.RuleId, b.Severity, b.RuleId);
        if (c == 0) c = string.CompareOrdinal(a.ResourceKey, b.ResourceKey);
        if (c == 0) c = string.CompareOrdinal(a.Fingerprint, b.Fingerprint);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }

    /// <summary>
    /// The order's first two keys, severity (critical first) then rule id: the order of the rules whose findings come
    /// out together (the rule engine evaluates the rules in it).
    /// </summary>
    public static int CompareRules(Severity severityA, string ruleIdA, Severity severityB, string ruleIdB)
    {
        var c = ((int)severityB).CompareTo((int)severityA); // as numbers: an enum's CompareTo boxes both sides
        return c != 0 ? c : string.CompareOrdinal(ruleIdA, ruleIdB);
    }

    /// <summary><see cref="Compare"/> as a comparer.</summary>
    public static IComparer<Finding> Comparer { get; } = Comparer<Finding>.Create(Compare);

    /// <summary>
    /// The findings in this order; findings equal under it keep their input order (a stable sort). A
    /// <see cref="FindingStore"/> already in this order is returned as it is, so a store in a temporary file is never
    /// read into memory to be sorted.
    /// </summary>
    public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings) =>
        findings is FindingStore { InFindingOrder: true } store ? store : findings.Order(Comparer).ToList();
}
