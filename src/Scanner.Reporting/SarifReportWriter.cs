using System.Text.Json;
using Scanner.Core.Files;
using Scanner.Core.Findings;
using Scanner.Reporting.Common;
using Scanner.Reporting.Sarif;

namespace Scanner.Reporting;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning (and DefectDojo, Azure DevOps): one run, full rule metadata, one location
/// per result, tool-computed fingerprints, diagnostics as tool execution notifications. Output is deterministic:
/// the only timestamps are the report's own start/finish times. See docs/sarif.md for the mapping. The results are
/// written one at a time as they are made, and passed on to the stream as the writer fills.
/// </summary>
public sealed class SarifReportWriter(ReportOptions options) : IReportWriter
{
    public void Write(ScanReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var (log, results) = new SarifLogBuilder(options).Build(report);
        var run = log.Runs.Single();
        var json = SarifJsonContext.Default;
        using (var w = new Utf8JsonWriter(output, JsonOutput.WriterOptions))
        {
            // The members in the model's order (its source-generated serialisation writes the same), nulls left out.
            w.WriteStartObject();
            w.WriteString("$schema", log.Schema);
            w.WriteString("version", log.Version);
            w.WriteStartArray("runs");
            w.WriteStartObject();
            w.WritePropertyName("tool");
            JsonSerializer.Serialize(w, run.Tool, json.SarifTool);
            if (run.AutomationDetails is { } automation)
            {
                w.WritePropertyName("automationDetails");
                JsonSerializer.Serialize(w, automation, json.SarifAutomationDetails);
            }
            w.WritePropertyName("invocations");
            JsonSerializer.Serialize(w, run.Invocations, json.ListSarifInvocation);
            w.WriteStartArray("results");
            foreach (var result in results)
            {
                JsonSerializer.Serialize(w, result, json.SarifResult);
                StreamedJson.FlushWhenFull(w);
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
        JsonOutput.WriteTrailingNewline(output);
        output.Flush();
    }
}
