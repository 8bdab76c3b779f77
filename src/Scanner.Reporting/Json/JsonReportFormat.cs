namespace Scanner.Reporting.Json;

/// <summary>Version of the JSON report format (docs/json-report.md). Minor versions only add members.</summary>
internal static class JsonReportFormat
{
    public const string SchemaVersion = "1.1";
    /// <summary>Readers accept any 1.x report.</summary>
    public const string SupportedMajor = "1.";
}
