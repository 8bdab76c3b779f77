using Scanner.Core.Collection;
using Scanner.Core.Files;

namespace Scanner.Core.Tests.Files;

/// <summary><see cref="NativeText"/> reads as <see cref="InputFile.ReadAllBytes"/> does, into memory outside the GC heap.</summary>
public sealed class NativeTextTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("latticescan-native-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static InputException TooLarge(long? size) => new("f", size is null ? "over (size unknown)" : $"over ({size} bytes)");

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(3 * 1024 * 1024 + 17)]
    public void Read_GivesTheFilesBytes(int size)
    {
        var path = Path.Combine(_dir, "a.json");
        var content = new byte[size];
        new Random(size).NextBytes(content);
        File.WriteAllBytes(path, content);
        using var text = NativeText.Read(path, size, TooLarge);
        Assert.Equal(size, text.Length);
        Assert.Equal(content, text.Memory.ToArray());
        Assert.Equal(InputFile.ReadAllBytes(path, size, TooLarge), text.GetSpan().ToArray());
    }

    [Fact]
    public void Read_OverTheLimit_ReportsTheLength()
    {
        var path = Path.Combine(_dir, "a.json");
        File.WriteAllText(path, "123456789");
        Assert.Equal("f: over (9 bytes)", Assert.Throws<InputException>(() => NativeText.Read(path, 8, TooLarge)).Message);
    }

    [Fact]
    public void Read_ProcFileReportingLengthZero_IsReadWhole_AndBoundedByBytesRead()
    {
        Assert.Equal(0, new FileInfo("/proc/self/status").Length);
        using (var whole = NativeText.Read("/proc/self/status", 1024 * 1024, TooLarge))
            Assert.StartsWith("Name:", System.Text.Encoding.UTF8.GetString(whole.GetSpan()));
        Assert.Equal("f: over (size unknown)", Assert.Throws<InputException>(() => NativeText.Read("/proc/self/status", 16, TooLarge)).Message);
    }

    [Fact]
    public void Read_DeviceMissingOrFolder_RefusedWithOneLine()
    {
        Assert.StartsWith("/dev/zero: is a character device, not a regular file", Assert.Throws<InputException>(() => NativeText.Read("/dev/zero", 1024, TooLarge)).Message);
        Assert.Equal($"{_dir}/nope: file not found", Assert.Throws<InputException>(() => NativeText.Read($"{_dir}/nope", 10, TooLarge)).Message);
        Assert.Equal($"{_dir}: is a directory, not a file", Assert.Throws<InputException>(() => NativeText.Read(_dir, 10, TooLarge)).Message);
    }

    [Fact]
    public void Disposed_ItsMemoryCannotBeRead()
    {
        var path = Path.Combine(_dir, "a.json");
        File.WriteAllText(path, "{}");
        var text = NativeText.Read(path, 8, TooLarge);
        var memory = text.Memory;
        ((IDisposable)text).Dispose();
        ((IDisposable)text).Dispose(); // a second time is harmless
        Assert.Throws<ObjectDisposedException>(() => memory.Span.Length);
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("{\"a\": [1], \"b\": {\"c\": 2}}")]
    public void Sections_OutliveTheTextTheyWereReadFrom(string json)
    {
        var path = Path.Combine(_dir, "a.json");
        File.WriteAllText(path, json);
        var text = NativeText.Read(path, 1024, TooLarge);
        using var sections = JsonSectionReader.Read(text.Memory, 16, "a");
        ((IDisposable)text).Dispose();
        // The skeleton is its own copy (an object root's top level; a root of another kind whole).
        Assert.Equal(json.StartsWith('[') ? json : "{\"a\": [],\"b\": {\"c\": 2}}", sections.Skeleton.RootElement.GetRawText());
    }
}
