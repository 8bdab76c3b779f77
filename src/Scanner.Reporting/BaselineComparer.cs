using Scanner.Core.Aws;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Reporting.Common;

namespace Scanner.Reporting;

/// <summary>
/// Compares a scan with a baseline by fingerprint only (fingerprints ignore lines, order and message text, so
/// moving a resource in its file keeps it "unchanged"). Every current finding gets BaselineState "new" or
/// "unchanged"; baseline entries no longer produced become <see cref="ScanReport.AbsentFindings"/> with
/// BaselineState "absent". Several baseline entries with one fingerprint count once.
/// </summary>
public static class BaselineComparer
{
    public static ScanReport Apply(ScanReport current, IReadOnlyList<BaselineEntry> baseline) =>
        Apply(current, baseline, FindingStore.DefaultMemoryBudget);

    /// <summary>
    /// As <see cref="Apply(ScanReport, IReadOnlyList{BaselineEntry})"/>; the current findings are read and written one at
    /// a time, into memory up to <paramref name="findingsMemoryBudget"/> and past it into a temporary file
    /// (<see cref="FindingStore"/>). Only the baseline's fingerprints are held.
    /// </summary>
    public static ScanReport Apply(ScanReport current, IReadOnlyList<BaselineEntry> baseline, long findingsMemoryBudget)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(baseline);
        var known = baseline.Select(b => b.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var stillFound = new HashSet<string>(StringComparer.Ordinal);
        var findings = new FindingStore.Builder(findingsMemoryBudget);
        foreach (var f in current.Findings)
        {
            var isKnown = known.Contains(f.Fingerprint);
            if (isKnown) stillFound.Add(f.Fingerprint);
            findings.Add(f with { BaselineState = isKnown ? Core.Findings.BaselineState.Unchanged : Core.Findings.BaselineState.New });
        }
        var absent = FindingOrder.Sort(baseline
            .Where(b => !stillFound.Contains(b.Fingerprint))
            .GroupBy(b => b.Fingerprint, StringComparer.Ordinal).Select(g => g.First())
            .Select(ToFinding));
        return current with { Findings = findings.Complete(), AbsentFindings = absent };
    }

    private static Finding ToFinding(BaselineEntry b)
    {
        var origin = b.Origin ?? (b.ResourceArn is not null ? ResourceOrigin.Aws : ResourceOrigin.Terraform);
        var arn = Arn.TryParse(b.ResourceArn);
        return new Finding
        {
            RuleId = b.RuleId,
            Severity = b.Severity,
            ResourceKind = b.ResourceKind ?? "unknown",
            ResourceKey = b.ResourceKey ?? b.ResourceArn ?? b.Fingerprint,
            ResourceArn = b.ResourceArn,
            ResourceId = arn?.ResourceId,
            ResourceName = b.ResourceName,
            ResourceAddress = b.ResourceAddress ?? b.Location?.LogicalName,
            Origin = origin,
            AccountId = b.AccountId ?? arn?.AccountId,
            Region = b.Region ?? arn?.Region,
            Location = origin == ResourceOrigin.Aws ? null : b.Location,
            Message = b.Message,
            Fingerprint = b.Fingerprint,
            BaselineState = Core.Findings.BaselineState.Absent,
        };
    }
}
