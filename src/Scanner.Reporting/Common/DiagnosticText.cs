using Scanner.Core.Findings;

namespace Scanner.Reporting.Common;

/// <summary>One line that says where a diagnostic happened: <c>file:line:col: text</c> or <c>text (account …, region …, api)</c>.</summary>
internal static class DiagnosticText
{
    public static string Describe(ScanDiagnostic d, string? displayFile)
    {
        if (!string.IsNullOrEmpty(displayFile))
        {
            var where = d.Line > 0 ? (d.Column > 0 ? $"{displayFile}:{d.Line}:{d.Column}" : $"{displayFile}:{d.Line}") : displayFile;
            return $"{where}: {d.Message}";
        }
        var context = new List<string>(3);
        if (!string.IsNullOrEmpty(d.AccountId)) context.Add("account " + d.AccountId);
        if (!string.IsNullOrEmpty(d.Region)) context.Add("region " + d.Region);
        if (!string.IsNullOrEmpty(d.Api)) context.Add(d.Api);
        return context.Count == 0 ? d.Message : $"{d.Message} ({string.Join(", ", context)})";
    }
}
