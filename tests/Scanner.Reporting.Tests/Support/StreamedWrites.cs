using Scanner.Core.Files;
using Scanner.Core.Findings;
using Xunit;

namespace Scanner.Reporting.Tests.Support;

/// <summary>Checks that a report writer hands its text on as it goes rather than holding the report until the end.</summary>
internal static class StreamedWrites
{
    /// <summary>A report of 3,000 findings, each in its own file: tens of times <see cref="StreamedJson.FlushBytes"/>.</summary>
    public static ScanReport LongReport() => TestReports.Report(
        Enumerable.Range(0, 3_000).Select(i => TestReports.Terraform(file: $"infra/lattice/ram{i}.tf") with { Fingerprint = $"{i:x32}" }).ToList(),
        ["terraform"]);

    /// <summary>Writes <paramref name="report"/> whole and to a stream that records its writes; returns the document.</summary>
    public static byte[] AssertReachesTheStreamInPieces(IReportWriter writer, ScanReport report)
    {
        using var whole = new MemoryStream();
        writer.Write(report, whole);
        using var pieces = new WriteSizeStream();

        writer.Write(report, pieces);

        Assert.True(whole.Length > 20 * StreamedJson.FlushBytes, $"report of {whole.Length} bytes");
        Assert.True(pieces.LargestWrite < 2 * StreamedJson.FlushBytes, $"largest write {pieces.LargestWrite} of {whole.Length} bytes");
        Assert.Equal(whole.ToArray(), pieces.ToArray());
        return whole.ToArray();
    }
}
