using System.Diagnostics;
using Scanner.Core.Collection;
using Scanner.Core.Files;

namespace Scanner.Core.Tests.Files;

public sealed class InputFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("latticescan-input-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static InputException TooLarge(long? size) => new("f", size is null ? "over (size unknown)" : $"over ({size} bytes)");

    [Fact]
    public void ReadAllBytes_RegularFileUnderTheLimit_ReturnsItsBytes()
    {
        var path = Path.Combine(_dir, "a.json");
        File.WriteAllText(path, "{\"a\": 1}");
        Assert.Equal("{\"a\": 1}"u8.ToArray(), InputFile.ReadAllBytes(path, 8, TooLarge));
    }

    [Fact]
    public void ReadAllBytes_LargerThanOneReadChunk_ReturnsEveryByteInAnArrayOfTheFileSize()
    {
        var path = Path.Combine(_dir, "big.json");
        var content = new byte[3 * 1024 * 1024 + 17];
        new Random(7).NextBytes(content);
        File.WriteAllBytes(path, content);
        Assert.Equal(content, InputFile.ReadAllBytes(path, content.Length, TooLarge));
    }

    [Fact]
    public void ReadAllBytes_EmptyRegularFile_ReturnsNoBytes() =>
        Assert.Empty(InputFile.ReadAllBytes(WriteEmpty(), 8, TooLarge));

    private string WriteEmpty()
    {
        var path = Path.Combine(_dir, "empty.json");
        File.WriteAllBytes(path, []);
        return path;
    }

    [Fact]
    public void ReadAllBytes_RegularFileOverTheLimit_ReportsItsLength()
    {
        var path = Path.Combine(_dir, "a.json");
        File.WriteAllText(path, "123456789");
        Assert.Equal("f: over (9 bytes)", Assert.Throws<InputException>(() => InputFile.ReadAllBytes(path, 8, TooLarge)).Message);
    }

    [Fact]
    public void ReadAllBytes_ProcFileReportingLengthZero_IsBoundedByBytesRead()
    {
        // /proc files report length 0 and still hold data: the limit counts what is read.
        Assert.Equal(0, new FileInfo("/proc/self/status").Length);
        var e = Assert.Throws<InputException>(() => InputFile.ReadAllBytes("/proc/self/status", 16, TooLarge));
        Assert.Equal("f: over (size unknown)", e.Message);
    }

    [Theory]
    [InlineData("/dev/zero", "is a character device, not a regular file")]
    [InlineData("/dev/null", "is a character device, not a regular file")]
    public void ReadAllBytes_Device_RefusedWithOneLine(string device, string expected)
    {
        var e = Assert.Throws<InputException>(() => InputFile.ReadAllBytes(device, 1024, TooLarge));
        Assert.StartsWith($"{device}: {expected}", e.Message);
    }

    [Fact]
    public void ReadAllBytes_LinkToADevice_Refused()
    {
        var link = Path.Combine(_dir, "evil.tf");
        File.CreateSymbolicLink(link, "/dev/zero");
        Assert.Contains("is a character device", Assert.Throws<InputException>(() => InputFile.ReadAllBytes(link, 1024, TooLarge)).Message);
    }

    [Fact]
    public async Task ReadAllBytes_FifoWithoutWriter_RefusedWithoutBlocking()
    {
        var fifo = Path.Combine(_dir, "pipe");
        using (var p = Process.Start("mkfifo", [fifo])) p.WaitForExit();
        var read = Task.Run(() => InputFile.ReadAllBytes(fifo, 1024, TooLarge));
        var finished = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(finished == read, "reading a FIFO blocked");
        var e = await Assert.ThrowsAsync<InputException>(() => read);
        Assert.Contains("is a FIFO (named pipe), not a regular file", e.Message);
    }

    [Fact]
    public void ReadAllBytes_MissingOrFolder_OneLine()
    {
        Assert.Equal($"{_dir}/nope: file not found", Assert.Throws<InputException>(() => InputFile.ReadAllBytes($"{_dir}/nope", 10, TooLarge)).Message);
        Assert.Equal($"{_dir}: is a directory, not a file", Assert.Throws<InputException>(() => InputFile.ReadAllBytes(_dir, 10, TooLarge)).Message);
    }
}
