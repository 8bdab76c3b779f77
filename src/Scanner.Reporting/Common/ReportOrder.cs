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
        FindingOrder.Sort(report.AbsentFindings.Select(f => f.BaselineState == "absent" ? f : f with { BaselineState = "absent" }));

    /// <summary>Rules by id (ordinal), first descriptor of a duplicated id wins.</summary>
    public static IReadOnlyList<RuleDescriptor> SortRules(IEnumerable<RuleDescriptor> rules) =>
        rules.GroupBy(r => r.Id, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(r => r.Id, StringComparer.Ordinal).ToList();

    /// <summary>Diagnostics: errors first, then by file position, account, region, api, code and message.</summary>
    public static IReadOnlyList<ScanDiagnostic> SortDiagnostics(IEnumerable<ScanDiagnostic> diagnostics) =>
        diagnostics.OrderBy(d => d.Level switch { "error" => 0, "warning" => 1, _ => 2 })
            .ThenBy(d => d.File ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ThenBy(d => d.AccountId ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Region ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Api ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
