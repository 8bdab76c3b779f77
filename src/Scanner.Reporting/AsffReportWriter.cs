using System.Text.Json;
using Scanner.Core.Files;
using Scanner.Core.Findings;
using Scanner.Reporting.Asff;
using Scanner.Reporting.Common;

namespace Scanner.Reporting;

/// <summary>
/// AWS Security Finding Format for Security Hub: a JSON array with one <c>AwsSecurityFinding</c> per finding
/// (suppressed ones with workflow status SUPPRESSED, baseline findings absent from this scan with record state
/// ARCHIVED so Security Hub closes them). BatchImportFindings takes at most 100 findings a call: split the array
/// into batches of 100 (docs/security-hub.md). Deterministic: the finding times are the scan's finish time.
/// </summary>
public sealed class AsffReportWriter(ReportOptions options, AsffTarget target) : IReportWriter
{
    /// <summary>The most findings one BatchImportFindings call accepts.</summary>
    public const int BatchSize = 100;

    public void Write(ScanReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var finding = new AsffFindingWriter(options, target, report);
        using (var w = new Utf8JsonWriter(output, JsonOutput.WriterOptions))
        {
            w.WriteStartArray();
            foreach (var f in FindingOrder.Sort(report.Findings))
            {
                finding.Write(w, f);
                StreamedJson.FlushWhenFull(w);
            }
            foreach (var f in ReportOrder.Absent(report))
            {
                finding.Write(w, f);
                StreamedJson.FlushWhenFull(w);
            }
            w.WriteEndArray();
        }
        JsonOutput.WriteTrailingNewline(output);
        output.Flush();
    }
}
