using System.Text;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Reporting.Common;
using Scanner.Reporting.Markdown;
using Scanner.Reporting.Sarif;

namespace Scanner.Reporting;

/// <summary>
/// A short Markdown summary for <c>$GITHUB_STEP_SUMMARY</c> and pull-request comments: the verdict, counts by
/// severity, the findings at or above the threshold (file:line links relative to the repository for IaC, ARNs
/// for live resources), what stayed undecided, and collection errors. Capped at
/// <see cref="MarkdownOptions.MaxCharacters"/>: rows past the cap are counted and the full report named.
/// </summary>
public sealed class MarkdownReportWriter(ReportOptions options, ReportThreshold threshold, MarkdownOptions markdown) : IReportWriter
{
    private const int FooterReserve = 600;
    private static readonly Severity[] Severities = [Severity.Critical, Severity.High, Severity.Medium, Severity.Low, Severity.Info];

    public void Write(ScanReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var bytes = new UTF8Encoding(false).GetBytes(Render(report));
        output.Write(bytes);
        output.Flush();
    }

    public string Render(ScanReport report)
    {
        var findings = FindingOrder.Sort(report.Findings);
        var failing = findings.Where(threshold.Fails).ToList();
        var tally = FindingTally.Of(findings);
        var rules = ReportOrder.SortRules(report.Rules).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var sb = new StringBuilder();
        var budget = Math.Max(2_000, markdown.MaxCharacters) - FooterReserve;

        sb.Append("## LatticeScan: ").AppendLine(Verdict(report, failing.Count, tally.Open)).AppendLine();
        sb.Append("Scanned ").Append(report.Sources.Count == 0 ? "nothing" : string.Join(", ", report.Sources));
        if (report.Accounts.Count > 0) sb.Append(" · ").Append(report.Accounts.Count).Append(" account(s)");
        if (report.InputFiles.Count > 0) sb.Append(" · ").Append(report.InputFiles.Count).Append(" input file(s)");
        sb.Append(" · ").Append(report.Rules.Count).Append(" rules · threshold `").Append(threshold.FailOn?.ToName() ?? "none").Append('`');
        if (threshold.NewOnly) sb.Append(" (new findings only)");
        sb.AppendLine().AppendLine();

        sb.AppendLine("| severity | findings | suppressed |").AppendLine("|---|---:|---:|");
        foreach (var s in Severities)
            sb.Append("| ").Append(s.ToName()).Append(" | ").Append(tally.OpenOf(s)).Append(" | ").Append(tally.SuppressedOf(s)).AppendLine(" |");
        sb.AppendLine();

        var left = 0;
        if (failing.Count > 0)
        {
            sb.Append("### Findings at or above ").AppendLine(threshold.FailOn!.Value.ToName()).AppendLine();
            sb.AppendLine("| severity | rule | resource | finding |").AppendLine("|---|---|---|---|");
            for (var i = 0; i < failing.Count; i++)
            {
                var row = Row(failing[i], rules.GetValueOrDefault(failing[i].RuleId));
                if (sb.Length + row.Length > budget)
                {
                    left = failing.Count - i;
                    break;
                }
                sb.Append(row);
            }
            sb.AppendLine();
            var controls = failing.Select(f => rules.GetValueOrDefault(f.RuleId)).OfType<RuleDescriptor>().SelectMany(r => r.Compliance)
                .Select(ComplianceText.Requirement).Distinct().Order(StringComparer.Ordinal).ToList();
            if (controls.Count > 0)
            {
                var line = "Controls these findings evidence: " + string.Join(", ", controls) + "\n\n";
                if (sb.Length + line.Length <= budget) sb.Append(line);
            }
        }

        var undecided = report.Diagnostics.Where(d => d.Code is "UndecidedUnknownValues" or "NoOrganizationContext").ToList();
        var unknownFired = findings.Count(f => f.DependsOnUnknown);
        if (undecided.Count > 0 || unknownFired > 0)
        {
            sb.AppendLine("### Undecided").AppendLine();
            if (unknownFired > 0) sb.Append("- ").Append(unknownFired).AppendLine(" finding(s) fired only because a value is unknown until apply (the rule fires on unknown).");
            foreach (var d in ReportOrder.SortDiagnostics(undecided))
            {
                var line = "- " + MarkdownText.Cell(d.Message) + "\n";
                if (sb.Length + line.Length > budget) { left++; continue; }
                sb.Append(line);
            }
            sb.AppendLine();
        }

        var errors = ReportOrder.SortDiagnostics(report.Diagnostics).Where(d => d.MakesScanIncomplete).ToList();
        if (errors.Count > 0)
        {
            sb.AppendLine("### Not collected").AppendLine();
            foreach (var d in errors)
            {
                var line = "- `" + d.Code + "` " + MarkdownText.Cell(DiagnosticText.Describe(d, d.File is null ? null : RepositoryPaths.ToRelative(d.File, options.RepositoryRoot))) + "\n";
                if (sb.Length + line.Length > budget) { left++; continue; }
                sb.Append(line);
            }
            sb.AppendLine();
        }

        if (left > 0)
            sb.Append("**").Append(left).Append(" more row(s) not shown** (summary capped at ").Append(markdown.MaxCharacters).Append(" characters)")
              .AppendLine(markdown.FullReport is { } full ? $": full report in `{full}`." : ": write the full report with `--json FILE` or `--html FILE`.");
        else if (markdown.FullReport is { } full)
            sb.Append("Full report: `").Append(full).AppendLine("`.");
        return sb.ToString().TrimEnd() + "\n";
    }

    private string Verdict(ScanReport report, int failing, int open)
    {
        var gate = threshold.FailOn is { } min
            ? failing > 0 ? $"❌ {failing} finding(s) at or above {min.ToName()}" : $"✅ no finding at or above {min.ToName()}"
            : $"ℹ️ {open} finding(s), no threshold";
        return report.IsComplete ? gate : gate + " — ⚠️ collection incomplete";
    }

    private string Row(Finding f, RuleDescriptor? rule)
    {
        var ruleCell = rule is not null && SarifRuleMapper.HelpUri(rule, options.HelpUriBase) is { } url ? $"[{f.RuleId}]({url})" : f.RuleId;
        return $"| {f.Severity.ToName()} | {ruleCell} | {Resource(f)} | {MarkdownText.Cell(f.Message)} |\n";
    }

    private string Resource(Finding f)
    {
        if (f.Origin != ResourceOrigin.Aws && f.Location is { } loc && !string.IsNullOrWhiteSpace(loc.File))
        {
            var file = RepositoryPaths.ToRelative(loc.File, options.RepositoryRoot);
            var text = loc.Line > 0 ? $"{file}:{loc.Line}" : file;
            var target = UriPaths.EncodePath(file) + (loc.Line > 0 ? $"#L{loc.Line}" : "");
            var link = $"[{MarkdownText.Cell(text)}]({markdown.LinkBase ?? ""}{target})";
            return f.ResourceAddress is { } address ? $"{link} {MarkdownText.Code(address)}" : link;
        }
        return MarkdownText.Code(f.ResourceArn ?? f.ResourceKey);
    }
}
