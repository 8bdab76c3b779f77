using Scanner.Core.Findings;

namespace Scanner.Reporting.Common;

/// <summary>
/// The order of a report's other lists (rules, diagnostics, absent findings), all ordinal so output does not
/// depend on input order or culture. Findings themselves follow <see cref="FindingOrder"/>.
/// </summary>
internal static class ReportOrder
{
    /// <summary>The report's absent findings in <see cref="FindingOrder"/>, each marked BaselineState "absent".</summary>
    public static IReadOnlyList<Finding> Absent(ScanReport report) =>
        FindingOrder.Sort(report.AbsentFindings.Select(f => f.BaselineState == BaselineState.Absent ? f : f with { BaselineState = BaselineState.Absent }));

    /// <summary>Rules by id (ordinal), first descriptor of a duplicated id wins.</summary>
    public static IReadOnlyList<RuleDescriptor> SortRules(IEnumerable<RuleDescriptor> rules) =>
        rules.GroupBy(r => r.Id, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(r => r.Id, StringComparer.Ordinal).ToList();

    /// <summary>Diagnostics: errors first, then by file position, account, region, api, code and message.</summary>
    public static IReadOnlyList<ScanDiagnostic> SortDiagnostics(IEnumerable<ScanDiagnostic> diagnostics) => StableSort(diagnostics, static (x, y) =>
    {
        var c = Rank(x).CompareTo(Rank(y));
        if (c == 0) c = string.CompareOrdinal(x.File ?? "", y.File ?? "");
        if (c == 0) c = x.Line.CompareTo(y.Line);
        if (c == 0) c = x.Column.CompareTo(y.Column);
        if (c == 0) c = string.CompareOrdinal(x.AccountId ?? "", y.AccountId ?? "");
        if (c == 0) c = string.CompareOrdinal(x.Region ?? "", y.Region ?? "");
        if (c == 0) c = string.CompareOrdinal(x.Api ?? "", y.Api ?? "");
        if (c == 0) c = string.CompareOrdinal(x.Code, y.Code);
        return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
    });

    private static int Rank(ScanDiagnostic d) => (int)d.Level;

    /// <summary>
    /// A stable sort (ties keep input order, as OrderBy/ThenBy did) with one comparison. In the native binary every
    /// ThenBy key type is a generic virtual method the runtime resolves on first use, which cost milliseconds of a
    /// small scan's start-up.
    /// </summary>
    private static List<T> StableSort<T>(IEnumerable<T> items, Comparison<T> compare)
    {
        var indexed = items.Select((item, index) => (item, index)).ToArray();
        Array.Sort(indexed, (a, b) => compare(a.item, b.item) is var c && c != 0 ? c : a.index.CompareTo(b.index));
        return [.. indexed.Select(x => x.item)];
    }
}
