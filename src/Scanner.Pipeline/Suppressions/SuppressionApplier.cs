using Scanner.Core.Findings;
using Scanner.Core.Inventory;

namespace Scanner.Pipeline.Suppressions;

/// <summary>
/// Marks findings accepted by inline suppressions (tags, CloudFormation Metadata) or a suppressions file.
/// Suppressed findings stay in the reports but do not count for the exit code. An expired entry no longer
/// suppresses, and each expired entry that would have matched is reported once as a warning.
/// </summary>
public sealed class SuppressionApplier(IReadOnlyList<SuppressionEntry> entries, DateOnly today, string? file)
{
    public (IReadOnlyList<Finding> Findings, IReadOnlyList<ScanDiagnostic> Diagnostics) Apply(IReadOnlyList<Finding> findings, InventoryGraph graph)
    {
        var result = new List<Finding>(findings.Count);
        var expiredUsed = new HashSet<SuppressionEntry>();
        foreach (var f in findings)
        {
            var resource = graph.Find(f.ResourceKey);
            if (resource is not null && resource.InlineSuppressions.TryGetValue(f.RuleId, out var inlineReason))
            {
                result.Add(f with { Suppression = new Suppression("inSource", inlineReason) });
                continue;
            }
            var match = entries.FirstOrDefault(e => Matches(e, f, resource) && !e.IsExpired(today));
            if (match is not null)
            {
                result.Add(f with { Suppression = new Suppression("external", match.Reason, match.Owner, match.Expires) });
                continue;
            }
            foreach (var expired in entries.Where(e => e.IsExpired(today) && Matches(e, f, resource))) expiredUsed.Add(expired);
            result.Add(f);
        }
        var diagnostics = expiredUsed.Select(e => new ScanDiagnostic
        {
            Level = "warning",
            Code = "SuppressionExpired",
            Message = $"suppression of {e.Rule} for {e.Resource} expired on {e.Expires:yyyy-MM-dd} and no longer applies (reason was: {e.Reason})",
            File = file,
            Line = e.Line,
        }).ToList();
        return (result, diagnostics);
    }

    private static bool Matches(SuppressionEntry e, Finding f, Resource? r)
    {
        if (e.Rule != "*" && !WildcardPattern.IsMatch(e.Rule, f.RuleId)) return false;
        IEnumerable<string?> names = [f.ResourceArn, f.ResourceId, f.ResourceAddress, f.ResourceKey, f.ResourceName, r?.Address];
        return names.Any(n => n is not null && WildcardPattern.IsMatch(e.Resource, n));
    }
}
