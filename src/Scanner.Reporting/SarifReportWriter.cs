using System.Text.Json;
using Scanner.Core.Findings;
using Scanner.Reporting.Common;
using Scanner.Reporting.Sarif;

namespace Scanner.Reporting;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning (and DefectDojo, Azure DevOps): one run, full rule metadata, one location
/// per result, tool-computed fingerprints, diagnostics as tool execution notifications. Output is deterministic:
/// the only timestamps are the report's own start/finish times. See docs/sarif.md for the mapping.
/// </summary>
public sealed class SarifReportWriter(ReportOptions options) : IReportWriter
{
    public void Write(ScanReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var log = new SarifLogBuilder(options).Build(report);
        using (var writer = new Utf8JsonWriter(output, JsonOutput.WriterOptions))
            JsonSerializer.Serialize(writer, log, SarifJsonContext.Default.SarifLog);
        JsonOutput.WriteTrailingNewline(output);
        output.Flush();
    }
}
