namespace Scanner.Reporting;

/// <summary>A report format; <see cref="ReportWriters.Create"/> picks its writer.</summary>
public enum ReportFormat
{
    /// <summary>SARIF 2.1.0 (<see cref="SarifReportWriter"/>).</summary>
    Sarif,

    /// <summary>The JSON report of <c>docs/json-report.md</c> (<see cref="JsonReportWriter"/>).</summary>
    Json,

    /// <summary>AWS Security Finding Format for Security Hub (<see cref="AsffReportWriter"/>).</summary>
    Asff,

    /// <summary>JUnit XML, a test suite per rule (<see cref="JunitReportWriter"/>).</summary>
    Junit,

    /// <summary>A short Markdown summary (<see cref="MarkdownReportWriter"/>).</summary>
    Markdown,

    /// <summary>A self-contained HTML report (<see cref="HtmlReportWriter"/>).</summary>
    Html,

    /// <summary>The console summary (<see cref="TerminalReportWriter"/>).</summary>
    Terminal,
}
