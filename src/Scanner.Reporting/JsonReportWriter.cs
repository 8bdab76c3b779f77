using System.Text.Json;
using Scanner.Core.Files;
using Scanner.Core.Findings;
using Scanner.Reporting.Common;
using Scanner.Reporting.Json;

namespace Scanner.Reporting;

/// <summary>
/// The versioned latticescan JSON report (<c>schemaVersion</c> "1.1", schema in docs/json-report.schema.json):
/// scan metadata, every finding (suppressed ones included), absent baseline findings, inventory counts,
/// collection errors and the rules that ran. Deterministic: stable ordering, no clock reads.
/// </summary>
public sealed class JsonReportWriter(ReportOptions options) : IReportWriter
{
    public void Write(ScanReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var findings = FindingOrder.Sort(report.Findings);
        var absent = ReportOrder.Absent(report);
        using (var w = new Utf8JsonWriter(output, JsonOutput.WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://github.com/latticescan/latticescan/blob/main/docs/json-report.schema.json");
            w.WriteString("schemaVersion", JsonReportFormat.SchemaVersion);
            WriteTool(w, report);
            WriteScan(w, report);
            WriteSummary(w, findings);
            w.WriteStartArray("findings");
            foreach (var f in findings)
            {
                JsonFindingWriter.Write(w, f, options);
                StreamedJson.FlushWhenFull(w);
            }
            w.WriteEndArray();
            w.WriteStartArray("absentFindings");
            foreach (var f in absent)
            {
                JsonFindingWriter.Write(w, f, options);
                StreamedJson.FlushWhenFull(w);
            }
            w.WriteEndArray();
            w.WriteStartObject("inventory");
            foreach (var (kind, count) in report.InventorySummary.OrderBy(p => p.Key, StringComparer.Ordinal)) w.WriteNumber(kind, count);
            w.WriteEndObject();
            WriteErrors(w, report);
            WriteRules(w, report);
            w.WriteEndObject();
        }
        JsonOutput.WriteTrailingNewline(output);
        output.Flush();
    }

    private static void WriteTool(Utf8JsonWriter w, ScanReport report)
    {
        w.WriteStartObject("tool");
        w.WriteString("name", "latticescan");
        w.WriteString("version", report.ToolVersion);
        w.WriteEndObject();
    }

    private void WriteScan(Utf8JsonWriter w, ScanReport report)
    {
        w.WriteStartObject("scan");
        w.WriteString("startedAt", Timestamps.Format(report.StartedAt));
        w.WriteString("finishedAt", Timestamps.Format(report.FinishedAt));
        WriteStrings(w, "sources", report.Sources);
        WriteStrings(w, "inputFiles", report.InputFiles.Select(f => RepositoryPaths.ToRelative(f, options.RepositoryRoot, options.WorkingDirectory)));
        WriteStrings(w, "accounts", report.Accounts);
        WriteStrings(w, "regions", report.Regions);
        JsonFindingWriter.WriteNullable(w, "organizationId", report.OrganizationId);
        w.WriteBoolean("complete", report.IsComplete);
        w.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter w, IReadOnlyList<Finding> findings)
    {
        w.WriteStartObject("summary");
        var tally = FindingTally.Of(findings);
        w.WriteNumber("findings", tally.Total);
        w.WriteNumber("suppressed", tally.Suppressed);
        w.WriteStartObject("bySeverity");
        foreach (var s in new[] { Severity.Critical, Severity.High, Severity.Medium, Severity.Low, Severity.Info })
            w.WriteNumber(s.ToName(), tally.OpenOf(s));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private void WriteErrors(Utf8JsonWriter w, ScanReport report)
    {
        w.WriteStartArray("errors");
        foreach (var d in ReportOrder.SortDiagnostics(report.Diagnostics))
        {
            w.WriteStartObject();
            w.WriteString("level", Sarif.SarifLevels.NotificationLevel(d.Level));
            w.WriteString("code", d.Code);
            w.WriteString("message", d.Message);
            JsonFindingWriter.WriteNullable(w, "accountId", d.AccountId);
            JsonFindingWriter.WriteNullable(w, "region", d.Region);
            JsonFindingWriter.WriteNullable(w, "api", d.Api);
            JsonFindingWriter.WriteNullable(w, "file", string.IsNullOrWhiteSpace(d.File) ? null : RepositoryPaths.ToRelative(d.File, options.RepositoryRoot, options.WorkingDirectory));
            JsonFindingWriter.WritePositive(w, "line", d.Line);
            JsonFindingWriter.WritePositive(w, "column", d.Column);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteRules(Utf8JsonWriter w, ScanReport report)
    {
        w.WriteStartArray("rules");
        foreach (var r in ReportOrder.SortRules(report.Rules))
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            w.WriteString("name", r.Name);
            w.WriteString("title", r.Title);
            w.WriteString("severity", r.Severity.ToName());
            w.WriteString("resourceKind", r.ResourceKind);
            w.WriteStartArray("compliance");
            foreach (var c in r.Compliance)
            {
                w.WriteStartObject();
                w.WriteString("framework", c.Framework);
                w.WriteString("control", c.Control);
                w.WriteString("requirement", ComplianceText.Requirement(c));
                w.WriteString("reason", c.Reason);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
