using Scanner.Core.Findings;
using Scanner.Core.Inventory;

namespace Scanner.Pipeline.Suppressions;

/// <summary>
/// Marks findings accepted by inline suppressions (tags, CloudFormation Metadata) or a suppressions file.
/// Suppressed findings stay in the reports but do not count for the exit code. An expired entry no longer
/// suppresses, and each expired entry that would have matched is reported once as a warning. An entry naming a
/// rule id that does not exist, or one for a rule that ran but matched no finding, is a warning too: a misspelt
/// suppression must not pass unnoticed.
/// </summary>
public sealed class SuppressionApplier(IReadOnlyList<SuppressionEntry> entries, DateOnly today, string? file)
{
    /// <summary>Every rule id loaded; an entry whose rule (without wildcards) is not among them is reported. Null: not checked.</summary>
    public IReadOnlySet<string>? KnownRuleIds { get; init; }

    /// <summary>The rules that ran; an entry for one of them that matched nothing is reported. Null: not checked.</summary>
    public IReadOnlyList<string>? SelectedRuleIds { get; init; }

    /// <summary>Memory the marked findings may take before they move to a temporary file (<see cref="FindingStore"/>).</summary>
    public long FindingsMemoryBudget { get; init; } = FindingStore.DefaultMemoryBudget;

    /// <summary>The findings, each marked when a suppression applies, in their order (read and written one at a time).</summary>
    public (IReadOnlyList<Finding> Findings, IReadOnlyList<ScanDiagnostic> Diagnostics) Apply(IReadOnlyList<Finding> findings, InventoryGraph graph)
    {
        var result = new FindingStore.Builder(FindingsMemoryBudget);
        var expiredUsed = new HashSet<SuppressionEntry>();
        var used = new HashSet<SuppressionEntry>();
        foreach (var f in findings)
        {
            var resource = graph.Find(f.ResourceKey);
            if (resource is not null && resource.InlineSuppressions.TryGetValue(f.RuleId, out var inlineReason))
            {
                result.Add(f with { Suppression = new Suppression(SuppressionKind.InSource, inlineReason) });
                continue;
            }
            var match = entries.FirstOrDefault(e => Matches(e, f, resource) && !e.IsExpired(today));
            if (match is not null)
            {
                used.Add(match);
                result.Add(f with { Suppression = new Suppression(SuppressionKind.External, match.Reason, match.Owner, match.Expires) });
                continue;
            }
            foreach (var expired in entries.Where(e => e.IsExpired(today) && Matches(e, f, resource))) expiredUsed.Add(expired);
            result.Add(f);
        }
        var diagnostics = expiredUsed.Select(e => new ScanDiagnostic
        {
            Level = DiagnosticLevel.Warning,
            Code = "SuppressionExpired",
            Message = $"suppression of {e.Rule} for {e.Resource} expired on {e.Expires:yyyy-MM-dd} and no longer applies (reason was: {e.Reason})",
            File = file,
            Line = e.Line,
        }).ToList();
        diagnostics.AddRange(Unused(used, expiredUsed));
        return (result.Complete(), diagnostics);
    }

    private IEnumerable<ScanDiagnostic> Unused(HashSet<SuppressionEntry> used, HashSet<SuppressionEntry> expiredUsed)
    {
        foreach (var e in entries.Where(e => !used.Contains(e) && !expiredUsed.Contains(e)))
        {
            var wildcard = e.Rule.Contains('*') || e.Rule.Contains('?');
            if (KnownRuleIds is not null && !wildcard && !KnownRuleIds.Contains(e.Rule))
                yield return Warning("SuppressionUnknownRule", $"suppression names rule '{e.Rule}', which does not exist (see 'latticescan rules list'); it suppresses nothing", e);
            else if (SelectedRuleIds is not null && !e.IsExpired(today) && SelectedRuleIds.Any(id => WildcardPattern.IsMatch(e.Rule, id)))
                yield return Warning("SuppressionUnmatched", $"suppression of {e.Rule} for '{e.Resource}' matched no finding (a misspelt resource pattern, or the finding is fixed: remove the entry)", e);
        }
    }

    private ScanDiagnostic Warning(string code, string message, SuppressionEntry e) => new()
    {
        Level = DiagnosticLevel.Warning,
        Code = code,
        Message = message,
        File = file,
        Line = e.Line,
    };

    private static bool Matches(SuppressionEntry e, Finding f, Resource? r)
    {
        if (e.Rule != "*" && !WildcardPattern.IsMatch(e.Rule, f.RuleId)) return false;
        IEnumerable<string?> names = [f.ResourceArn, f.ResourceId, f.ResourceAddress, f.ResourceKey, f.ResourceName, r?.Address];
        return names.Any(n => n is not null && WildcardPattern.IsMatch(e.Resource, n));
    }
}
