using System.Text;
using Scanner.Core.Collection;
using Scanner.Reporting.Output;
using Xunit;

namespace Scanner.Reporting.Tests;

public sealed class OutputSetTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("latticescan-outputs-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Existing(string name)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, "previous " + name);
        return path;
    }

    [Fact]
    public void Commit_SecondFileFailsMidway_NoTargetChangedAndNoTempLeft()
    {
        var (a, b) = (Existing("a.sarif"), Existing("b.json"));
        var set = new OutputSet([]);
        set.Claim("--sarif", a);
        set.Claim("--json", b);

        var e = Assert.Throws<InputException>(() => set.Commit(t => t.Option == "--sarif"
            ? s => s.Write("new sarif"u8)
            : s => { s.Write("half"u8); throw new IOException("No space left on device"); }, CancellationToken.None));

        Assert.Equal($"{b}: --json: cannot write: No space left on device", e.Message);
        Assert.Equal("previous a.sarif", File.ReadAllText(a));
        Assert.Equal("previous b.json", File.ReadAllText(b));
        Assert.Equal(["a.sarif", "b.json"], _dir.GetFiles().Select(f => f.Name).Order());
    }

    [Fact]
    public void Commit_CancelledWhileWriting_NoTargetChanged()
    {
        var (a, b) = (Existing("a.sarif"), Existing("b.json"));
        var set = new OutputSet([]);
        set.Claim("--sarif", a);
        set.Claim("--json", b);
        using var cts = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() => set.Commit(t => s =>
        {
            s.Write("first chunk"u8);
            if (t.Option == "--json") cts.Cancel();
            s.Write("second chunk"u8);
        }, cts.Token));

        Assert.Equal("previous a.sarif", File.ReadAllText(a));
        Assert.Equal("previous b.json", File.ReadAllText(b));
        Assert.Equal(2, _dir.GetFiles().Length);
    }

    [Fact]
    public void Commit_AllComplete_ReplacesEveryTargetAndStreamsStandardOutput()
    {
        var (a, b) = (Existing("a.sarif"), Existing("b.json"));
        var stdout = new MemoryStream();
        var set = new OutputSet([], () => new NonClosingStream(stdout));
        set.Claim("--sarif", a);
        set.Claim("--json", b);
        set.ClaimStandardOutput("--format json");

        set.Commit(t => s => s.Write(Encoding.UTF8.GetBytes("new " + t.Option)), CancellationToken.None);

        Assert.Equal("new --sarif", File.ReadAllText(a));
        Assert.Equal("new --json", File.ReadAllText(b));
        Assert.Equal("new --format json", Encoding.UTF8.GetString(stdout.ToArray()));
        Assert.Equal(2, _dir.GetFiles().Length);
    }

    [Fact]
    public void Claim_SymbolicLinkAtTarget_IsReplacedNotFollowed()
    {
        var victim = Existing("victim.txt");
        var link = Path.Combine(_dir.FullName, "report.json");
        File.CreateSymbolicLink(link, victim);
        var set = new OutputSet([]);
        set.Claim("--json", link);

        set.Commit(_ => s => s.Write("report"u8), CancellationToken.None);

        Assert.Equal("previous victim.txt", File.ReadAllText(victim));
        Assert.Null(new FileInfo(link).LinkTarget);
        Assert.Equal("report", File.ReadAllText(link));
    }

    [Fact]
    public void Claim_SameFileThroughALink_IsRefused()
    {
        var a = Existing("a.json");
        var link = Path.Combine(_dir.FullName, "alias.json");
        File.CreateSymbolicLink(link, a);
        var set = new OutputSet([link]);

        var e = Assert.Throws<InputException>(() => set.Claim("--json", a));

        Assert.Contains("is also an input of this run", e.Message);
    }

    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => inner.Position = value; }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
