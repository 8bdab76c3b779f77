using System.Text.Json;
using Microsoft.Win32.SafeHandles;
using Scanner.Core.Collection;

namespace Scanner.Core.Files;

/// <summary>
/// Parts of a file read again by offset, one at a time into one buffer. A large input is checked whole and freed
/// (<see cref="NativeText"/>);
/// its entries (a plan's <c>resource_changes</c>, a snapshot's <c>resources</c>) are then read back from the file as
/// they are converted (<see cref="ReadAgain"/>), so the text and what is built from it are never held together.
/// </summary>
public sealed class FileSlices : IDisposable
{
    private readonly SafeFileHandle _handle;
    private readonly string _path;
    private byte[] _buffer = [];

    private FileSlices(string path)
    {
        _path = path;
        try
        {
            _handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw Changed(path);
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputException(path, "cannot read the file: permission denied");
        }
        catch (IOException e)
        {
            throw new InputException(path, "cannot read the file: " + e.Message.ReplaceLineEndings(" ").Trim());
        }
    }

    /// <summary>
    /// The second read of a file already checked whole (and its text freed): runs <paramref name="read"/>, which gets the text at a start and length
    /// after <paramref name="offset"/> (valid until its next call). A part that no longer parses as JSON, or a length
    /// or write time other than <paramref name="before"/> (taken before the first read), means the file changed in
    /// between: an <see cref="InputException"/> saying so.
    /// </summary>
    public static T ReadAgain<T>(string path, FileStamp before, long offset, Func<Func<int, int, ReadOnlyMemory<byte>>, T> read)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(read);
        using var file = new FileSlices(path);
        T result;
        try
        {
            result = read((start, length) => file.Read(offset + start, length));
        }
        catch (JsonException)
        {
            throw Changed(path); // every part parsed when the whole text was checked
        }
        if (Stamp(path) != before) throw Changed(path);
        return result;
    }

    /// <summary>The <paramref name="length"/> bytes at <paramref name="offset"/>; valid until the next call.</summary>
    /// <exception cref="InputException">The file is shorter than it was, or cannot be read.</exception>
    private ReadOnlyMemory<byte> Read(long offset, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (_buffer.Length < length) _buffer = new byte[Math.Max(length, Math.Min(2L * _buffer.Length, Array.MaxLength))];
        try
        {
            var read = 0;
            while (read < length)
            {
                var n = RandomAccess.Read(_handle, _buffer.AsSpan(read, length - read), offset + read);
                if (n == 0) throw Changed(_path);
                read += n;
            }
        }
        catch (IOException e)
        {
            throw new InputException(_path, "cannot read the file: " + e.Message.ReplaceLineEndings(" ").Trim());
        }
        return _buffer.AsMemory(0, length);
    }

    public void Dispose() => _handle.Dispose();

    /// <summary>The error for a file that changed between two reads of it.</summary>
    public static InputException Changed(string path) =>
        new(path, "the file changed while it was read; read it again when it is no longer being written");

    /// <summary>A file's length and last write time; default when it does not exist.</summary>
    public static FileStamp Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : default;
    }
}

/// <summary>A file's length and last write time: equal before and after reading it, or it changed meanwhile.</summary>
public readonly record struct FileStamp(long Length, DateTime LastWriteUtc);
