using System.Text;
using System.Text.Json;
using Scanner.Core.Findings;

namespace Scanner.Reporting.Tests.Support;

internal static class ReportBytes
{
    public static byte[] Of(IReportWriter writer, ScanReport report)
    {
        using var ms = new MemoryStream();
        writer.Write(report, ms);
        return ms.ToArray();
    }

    public static string Text(IReportWriter writer, ScanReport report) => Encoding.UTF8.GetString(Of(writer, report));

    public static JsonElement Sarif(ScanReport report, ReportOptions? options = null) =>
        JsonDocument.Parse(Of(new SarifReportWriter(options ?? TestReports.Options), report)).RootElement.Clone();

    public static JsonElement Json(ScanReport report, ReportOptions? options = null) =>
        JsonDocument.Parse(Of(new JsonReportWriter(options ?? TestReports.Options), report)).RootElement.Clone();

    public static JsonElement Run(this JsonElement sarif) => sarif.GetProperty("runs")[0];

    public static JsonElement[] Results(this JsonElement sarif) => sarif.Run().GetProperty("results").EnumerateArray().ToArray();

    public static JsonElement Result(this JsonElement sarif, string ruleId) =>
        sarif.Results().Single(r => r.GetProperty("ruleId").GetString() == ruleId);

    public static JsonElement Rule(this JsonElement sarif, string ruleId) =>
        sarif.Run().GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == ruleId);

    public static string Str(this JsonElement e, params string[] path)
    {
        foreach (var p in path) e = e.GetProperty(p);
        return e.GetString()!;
    }
}
