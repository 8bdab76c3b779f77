using Scanner.Core.Findings;

namespace Scanner.Reporting;

/// <summary>Renders a <see cref="ScanReport"/> into a file format. Writers never close <c>output</c>.</summary>
public interface IReportWriter
{
    void Write(ScanReport report, Stream output);
}
