using System.Text;
using Xunit;

namespace Scanner.Reporting.Tests;

public sealed class AtomicFileTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("latticescan-atomic-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Write_WriterThrowsMidway_ExistingFileIntactAndNoTempLeft()
    {
        var path = Path.Combine(_dir.FullName, "report.sarif");
        File.WriteAllText(path, "previous report");

        var ex = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, s =>
        {
            s.Write(Encoding.UTF8.GetBytes("{ half a rep"));
            throw new InvalidOperationException("writer failed");
        }));

        Assert.Equal("writer failed", ex.Message);
        Assert.Equal("previous report", File.ReadAllText(path));
        Assert.Equal(["report.sarif"], _dir.GetFiles().Select(f => f.Name));
    }

    [Fact]
    public void Write_WriterThrowsWithoutExistingFile_NoFileCreated()
    {
        var path = Path.Combine(_dir.FullName, "new.json");

        Assert.Throws<IOException>(() => AtomicFile.Write(path, _ => throw new IOException("disk full")));

        Assert.Empty(_dir.GetFiles());
    }

    [Fact]
    public void Write_Success_ReplacesContentAndLeavesNoTemp()
    {
        var path = Path.Combine(_dir.FullName, "report.json");
        File.WriteAllText(path, "old old old old old old");

        AtomicFile.Write(path, s => s.Write("new"u8));

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Single(_dir.GetFiles());
    }

    [Fact]
    public void Write_CallbackDisposesStream_ContentStillWritten()
    {
        var path = Path.Combine(_dir.FullName, "disposed.txt");

        AtomicFile.Write(path, s =>
        {
            using var w = new StreamWriter(s);
            w.Write("written through a disposing writer");
        });

        Assert.Equal("written through a disposing writer", File.ReadAllText(path));
    }

    [Fact]
    public void Write_ReportWriter_ProducesSameBytesAsStream()
    {
        var path = Path.Combine(_dir.FullName, "r.sarif");
        var writer = new SarifReportWriter(Support.TestReports.Options);

        AtomicFile.Write(path, s => writer.Write(Support.TestReports.Iac(), s));

        Assert.Equal(Support.ReportBytes.Of(writer, Support.TestReports.Iac()), File.ReadAllBytes(path));
    }
}
