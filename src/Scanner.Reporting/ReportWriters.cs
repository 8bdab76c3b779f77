using Scanner.Reporting.Html;

namespace Scanner.Reporting;

/// <summary>The one place a report format picks its writer.</summary>
public static class ReportWriters
{
    /// <summary>The writer of <paramref name="format"/>, set up from <paramref name="context"/>.</summary>
    /// <exception cref="ArgumentException"><see cref="ReportFormat.Asff"/> without an <see cref="ReportContext.AsffTarget"/>.</exception>
    public static IReportWriter Create(ReportFormat format, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return format switch
        {
            ReportFormat.Sarif => new SarifReportWriter(context.Options),
            ReportFormat.Json => new JsonReportWriter(context.Options),
            ReportFormat.Asff => new AsffReportWriter(context.Options,
                context.AsffTarget ?? throw new ArgumentException("the ASFF report needs an account and region to import into", nameof(context))),
            ReportFormat.Junit => new JunitReportWriter(context.Options, context.Threshold),
            ReportFormat.Markdown => new MarkdownReportWriter(context.Options, context.Threshold, context.Markdown),
            ReportFormat.Html => new HtmlReportWriter(context.Options, context.Threshold, SharingGraph.Build(context.Resources, context.Organization)),
            ReportFormat.Terminal => new TerminalReportWriter(context.Color, context.Gate),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "no such report format"),
        };
    }
}
