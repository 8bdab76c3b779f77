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
    public static ScanReport Apply(ScanReport current, IReadOnlyList<BaselineEntry> baseline)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(baseline);
        var known = baseline.Select(b => b.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var present = current.Findings.Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var findings = current.Findings
            .Select(f => f with { BaselineState = known.Contains(f.Fingerprint) ? Core.Findings.BaselineState.Unchanged : Core.Findings.BaselineState.New })
            .ToList();
        var absent = FindingOrder.Sort(baseline
            .Where(b => !present.Contains(b.Fingerprint))
            .GroupBy(b => b.Fingerprint, StringComparer.Ordinal).Select(g => g.First())
            .Select(ToFinding));
        return current with { Findings = findings, AbsentFindings = absent };
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
