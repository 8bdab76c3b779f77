using Scanner.Core.Findings;

namespace Scanner.Reporting.Common;

/// <summary>
/// The order every writer uses: severity (critical first), rule id, resource key, fingerprint — all ordinal, so
/// output does not depend on input order or culture.
/// </summary>
internal static class FindingOrder
{
    public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings) =>
        findings.OrderByDescending(f => f.Severity)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.ResourceKey, StringComparer.Ordinal)
            .ThenBy(f => f.Fingerprint, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();

    /// <summary>The report's absent findings in <see cref="Sort"/> order, each marked BaselineState "absent".</summary>
    public static IReadOnlyList<Finding> Absent(ScanReport report) =>
        Sort(report.AbsentFindings.Select(f => f.BaselineState == "absent" ? f : f with { BaselineState = "absent" }));

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
