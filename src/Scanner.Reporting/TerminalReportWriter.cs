using System.Text;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Reporting.Common;
using Scanner.Reporting.Sarif;
using Scanner.Reporting.Terminal;

namespace Scanner.Reporting;

/// <summary>
/// A human summary for the console: findings grouped by severity (critical first), two lines each
/// (severity, rule, resource, location; then the message), counts per severity, suppressed and absent findings
/// in short, and every collection diagnostic; with a <c>gate</c>, its one-line verdict at the end. Colour only
/// when <c>color</c> is true — the CLI decides (TTY and no NO_COLOR). Text from collected data is stripped of
/// control characters either way.
/// </summary>
public sealed class TerminalReportWriter(bool color, GateVerdict? gate = null) : IReportWriter
{
    private static readonly Severity[] Order = [Severity.Critical, Severity.High, Severity.Medium, Severity.Low, Severity.Info];
    private readonly AnsiStyle _style = new(color);

    /// <summary>Writes the summary as UTF-8 text.</summary>
    public void Write(ScanReport report, Stream output)
    {
        using var text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        Write(report, text);
    }

    /// <summary>Writes the summary to a text writer (the console).</summary>
    public void Write(ScanReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        new Rendering(output, _style).Write(report, gate);
    }

    /// <summary>One summary being written to one text writer.</summary>
    private sealed class Rendering(TextWriter output, AnsiStyle style)
    {
        public void Write(ScanReport report, GateVerdict? gate)
        {
            // One pass to count, one to list (findings in a temporary file are read, not held): the order puts
            // severities critical first, so each severity's findings come together.
            var all = FindingOrder.Sort(report.Findings);
            var tally = FindingTally.Of(all);

            WriteHeader(report);
            Severity? current = null;
            foreach (var f in all)
            {
                if (f.Suppression is not null) continue;
                if (f.Severity != current)
                {
                    current = f.Severity;
                    output.WriteLine();
                    output.WriteLine(style.Severity(f.Severity, $"{f.Severity.ToName().ToUpperInvariant()} ({tally.OpenOf(f.Severity)})"));
                }
                WriteFinding(f, report);
            }
            WriteShortList("Suppressed", all.Where(f => f.Suppression is not null), tally.Suppressed, report, f => $"{f.Suppression!.Kind.ToName()}: {f.Suppression.Reason}");
            var absent = FindingOrder.Sort(report.AbsentFindings);
            WriteShortList("Absent since baseline", absent, absent.Count, report, _ => "no longer found");
            WriteDiagnostics(report);
            WriteTotals(tally, report);
            if (gate is not null) WriteGate(gate, report);
        }

        private void WriteGate(GateVerdict gate, ScanReport report)
        {
            var line = gate.Summary(report);
            output.WriteLine(gate.Word == "PASS" ? style.Good(line) : style.Error(line));
        }

        private void WriteHeader(ScanReport report)
        {
            var sources = report.Sources.Count > 0 ? string.Join(", ", report.Sources) : "no sources";
            var scope = report.Accounts.Count > 0 ? $" · {report.Accounts.Count} account(s), {report.Regions.Count} region(s)" : "";
            output.WriteLine(style.Bold($"latticescan {TerminalText.Clean(report.ToolVersion)}") + $" · {TerminalText.Clean(sources)}{scope}");
        }

        private void WriteFinding(Finding f, ScanReport report)
        {
            var state = f.BaselineState is null ? "" : style.Dim($"  [{f.BaselineState.Value.ToName()}]");
            var unknown = f.DependsOnUnknown ? style.Dim("  (depends on values unknown at plan time)") : "";
            output.WriteLine($"  {style.Severity(f.Severity, f.Severity.ToName().ToUpperInvariant().PadRight(8))} {style.Bold(TerminalText.Clean(f.RuleId))}  "
                + $"{TerminalText.Clean(Resource(f))}  {style.Dim(TerminalText.Clean(Where(f, report)))}{state}{unknown}");
            output.WriteLine($"      {TerminalText.Clean(f.Message)}");
        }

        private void WriteShortList(string title, IEnumerable<Finding> findings, int count, ScanReport report, Func<Finding, string> why)
        {
            if (count == 0) return;
            output.WriteLine();
            output.WriteLine(style.Dim($"{title} ({count})"));
            foreach (var f in findings)
                output.WriteLine($"  {f.Severity.ToName(),-8} {TerminalText.Clean(f.RuleId)}  {TerminalText.Clean(Resource(f))}  "
                    + style.Dim($"{TerminalText.Clean(Where(f, report))} — {TerminalText.Clean(why(f))}"));
        }

        private void WriteDiagnostics(ScanReport report)
        {
            if (report.Diagnostics.Count == 0) return;
            output.WriteLine();
            var errors = report.Diagnostics.Count(d => d.MakesScanIncomplete);
            output.WriteLine(errors > 0
                ? style.Error($"Collection errors ({errors}) — the inventory is incomplete; findings may be missing")
                : report.Diagnostics.Any(d => d.Level == DiagnosticLevel.Warning)
                    ? style.Warning($"Warnings and notes ({report.Diagnostics.Count})")
                    : style.Warning($"Collection notes ({report.Diagnostics.Count})"));
            foreach (var d in ReportOrder.SortDiagnostics(report.Diagnostics))
            {
                var level = d.Level.ToName().PadRight(7);
                var styled = d.MakesScanIncomplete ? style.Error(level) : style.Warning(level);
                output.WriteLine($"  {styled} {TerminalText.Clean(d.Code)}  {TerminalText.Clean(DiagnosticText.Describe(d, d.File))}");
            }
        }

        private void WriteTotals(FindingTally tally, ScanReport report)
        {
            output.WriteLine();
            if (tally.Open == 0) output.Write(style.Good("No findings."));
            else output.Write(style.Bold($"{tally.Open} finding(s):"));
            output.Write(' ');
            output.Write(string.Join(", ", Order.Select(s => $"{s.ToName()} {tally.OpenOf(s)}")));
            if (tally.Suppressed > 0) output.Write($"; {tally.Suppressed} suppressed");
            if (report.AbsentFindings.Count > 0) output.Write($"; {report.AbsentFindings.Count} absent since baseline");
            output.WriteLine(report.IsComplete ? "" : style.Error(" — scan incomplete"));
        }

        private static string Resource(Finding f) =>
            f.Origin == ResourceOrigin.Aws
                ? f.ResourceName ?? f.ResourceId ?? f.ResourceArn ?? f.ResourceKey
                : SarifLocationMapper.IacAddress(f) ?? f.ResourceName ?? f.ResourceKey;

        private static string Where(Finding f, ScanReport report)
        {
            if (f.Origin == ResourceOrigin.Aws)
            {
                var arn = Core.Aws.Arn.TryParse(f.ResourceArn ?? f.ResourceKey);
                var region = string.IsNullOrEmpty(f.Region) ? arn?.Region : f.Region;
                return $"{f.AccountId ?? arn?.AccountId ?? "?"}/{(string.IsNullOrEmpty(region) ? "global" : region)}";
            }
            if (f.Location is { File.Length: > 0 } loc) return loc.ToString();
            return SarifLocationMapper.IacFile(f, report.InputFiles) ?? "";
        }
    }
}
