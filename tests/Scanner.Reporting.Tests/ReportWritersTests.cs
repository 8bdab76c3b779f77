using Scanner.Core.Aws;
using Scanner.Reporting.Asff;
using Scanner.Reporting.Html;
using Scanner.Reporting.Markdown;
using Scanner.Reporting.Tests.Support;
using Xunit;

namespace Scanner.Reporting.Tests;

/// <summary>ReportWriters.Create is the one place a format picks its writer: each format gets its own writer, set up from the context.</summary>
public class ReportWritersTests
{
    private static readonly AsffTarget Target = new("111111111111", "ap-northeast-1");

    private static readonly ReportContext Context = new()
    {
        Options = TestReports.Options,
        Threshold = ReportThreshold.From("medium", false),
        Markdown = new MarkdownOptions { FullReport = "report.html" },
        AsffTarget = Target,
        Color = false,
    };

    public static TheoryData<ReportFormat> Formats()
    {
        var data = new TheoryData<ReportFormat>();
        foreach (var f in Enum.GetValues<ReportFormat>()) data.Add(f);
        return data;
    }

    private static IReportWriter Direct(ReportFormat format) => format switch
    {
        ReportFormat.Sarif => new SarifReportWriter(Context.Options),
        ReportFormat.Json => new JsonReportWriter(Context.Options),
        ReportFormat.Asff => new AsffReportWriter(Context.Options, Target),
        ReportFormat.Junit => new JunitReportWriter(Context.Options, Context.Threshold),
        ReportFormat.Markdown => new MarkdownReportWriter(Context.Options, Context.Threshold, Context.Markdown),
        ReportFormat.Html => new HtmlReportWriter(Context.Options, Context.Threshold, SharingGraph.Build([], OrganizationContext.None)),
        ReportFormat.Terminal => new TerminalReportWriter(false),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Create_EachFormat_WritesWhatItsOwnWriterWrites(ReportFormat format)
    {
        var report = TestReports.Iac();
        var bytes = ReportBytes.Of(ReportWriters.Create(format, Context), report);
        Assert.NotEmpty(bytes);
        Assert.Equal(ReportBytes.Of(Direct(format), report), bytes);
        // No two formats share a writer.
        foreach (var other in Enum.GetValues<ReportFormat>().Where(o => o != format))
            Assert.NotEqual(ReportBytes.Of(ReportWriters.Create(other, Context), report), bytes);
    }

    [Fact]
    public void Create_AsffWithoutTarget_IsRefused() =>
        Assert.Throws<ArgumentException>(() => ReportWriters.Create(ReportFormat.Asff, Context with { AsffTarget = null }));
}
