using Scanner.Core.Findings;

namespace Scanner.Reporting;

/// <summary>
/// How a scan fared against the CI gate: the threshold (<c>--fail-on</c>), how many unsuppressed findings reach
/// it, and the verdict, PASS, FAIL or INCOMPLETE (collection errors without <c>--allow-partial</c>).
/// </summary>
public sealed record GateVerdict(string Threshold, int Failing, bool NewOnly, bool Incomplete)
{
    public string Word => Incomplete ? "INCOMPLETE" : Failing > 0 ? "FAIL" : "PASS";

    /// <summary>
    /// One line: verdict, why, rules run, resources scanned and threshold, e.g.
    /// <c>FAIL: 3 findings at or above high · 14 rules run on 23 resources · --fail-on high</c>.
    /// </summary>
    public string Summary(ScanReport report)
    {
        var resources = report.InventorySummary.Values.Sum();
        var which = NewOnly ? "new finding(s)" : "finding(s)";
        var why = Incomplete
            ? "collection incomplete (see the errors above; --allow-partial judges by findings)"
            : Threshold == "none"
                ? "--fail-on none never fails"
                : Failing > 0 ? $"{Failing} unsuppressed {which} at or above {Threshold}" : $"no unsuppressed {which} at or above {Threshold}";
        return $"{Word}: {why} · {report.Rules.Count} rule(s) run on {resources} resource(s) · --fail-on {Threshold}";
    }
}
