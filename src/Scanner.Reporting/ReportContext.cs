using Scanner.Core.Aws;
using Scanner.Core.Inventory;
using Scanner.Reporting.Asff;
using Scanner.Reporting.Markdown;

namespace Scanner.Reporting;

/// <summary>What the writers need besides the report itself; each format reads the parts it uses.</summary>
public sealed record ReportContext
{
    /// <summary>Paths, SARIF settings (every file format).</summary>
    public ReportOptions Options { get; init; } = new();

    /// <summary>Which findings fail (JUnit failures, the Markdown and HTML verdicts).</summary>
    public ReportThreshold Threshold { get; init; } = ReportThreshold.From("high", false);

    /// <summary>Markdown links and the pointer to a full report.</summary>
    public MarkdownOptions Markdown { get; init; } = new();

    /// <summary>The account and region Security Hub imports into; required for <see cref="ReportFormat.Asff"/>.</summary>
    public AsffTarget? AsffTarget { get; init; }

    /// <summary>The scanned resources, for the HTML report's sharing graph.</summary>
    public IReadOnlyList<Resource> Resources { get; init; } = [];

    /// <summary>The organization the scan judged against, for the HTML report's sharing graph.</summary>
    public OrganizationContext Organization { get; init; } = OrganizationContext.None;

    /// <summary>ANSI colour in the terminal summary.</summary>
    public bool Color { get; init; }

    /// <summary>The gate's verdict, printed at the end of the terminal summary when given.</summary>
    public GateVerdict? Gate { get; init; }
}
