using Scanner.Core.Collection;

namespace Scanner.Core.Files;

/// <summary>
/// The one way inputs are read from disk: regular files only (a FIFO would block, a device never ends), and at
/// most the caller's limit of bytes actually read — not the length the file system reports, which is 0 for
/// <c>/proc</c> files and can grow while the file is read. Every failure is one <see cref="InputException"/>.
/// </summary>
public static class InputFile
{
    private const int ChunkBytes = 1024 * 1024;

    /// <summary>
    /// Reads the whole file. <paramref name="tooLarge"/> builds the error when the file holds more than
    /// <paramref name="maxBytes"/>; it is given the file's length when that is known, else null.
    /// </summary>
    public static byte[] ReadAllBytes(string path, long maxBytes, Func<long?, InputException> tooLarge)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(tooLarge);
        RequireRegular(path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            var reported = stream.Length;
            if (reported > maxBytes) throw tooLarge(reported);
            // The reported length is the usual size: read into a buffer of exactly that size, then check that the
            // file really ended there. Growing by doubling instead would allocate (and leave for the GC) about
            // four times a large input before the scan even starts.
            var buffer = new byte[Math.Max(reported, 0)];
            var total = 0L;
            while (total < buffer.Length)
            {
                var n = stream.Read(buffer, (int)total, (int)(buffer.Length - total));
                if (n == 0) break;
                total += n;
            }
            Span<byte> probe = stackalloc byte[1];
            if (total == buffer.Length && stream.Read(probe) is var extra && extra > 0)
            {
                // Longer than reported (a growing file, /proc): continue by chunks, still bounded by bytes read.
                Array.Resize(ref buffer, (int)Math.Min(Math.Max(buffer.LongLength * 2, total + ChunkBytes), Math.Min(maxBytes + 1, Array.MaxLength)));
                buffer[total++] = probe[0];
                while (true)
                {
                    if (total == buffer.Length)
                    {
                        if (total > maxBytes) throw tooLarge(null);
                        var next = Math.Min(Math.Max(buffer.LongLength * 2, total + ChunkBytes), Math.Min(maxBytes + 1, Array.MaxLength));
                        Array.Resize(ref buffer, (int)next);
                    }
                    var n = stream.Read(buffer, (int)total, (int)(buffer.Length - total));
                    if (n == 0) break;
                    total += n;
                }
            }
            if (total > maxBytes) throw tooLarge(null);
            if (total != buffer.Length) Array.Resize(ref buffer, (int)total);
            return buffer;
        }
        catch (Exception e) when (IsReadFailure(e))
        {
            throw ReadFailure(path, e);
        }
    }

    /// <summary>True for the exceptions reading a file throws when the file, not the scanner, is at fault.</summary>
    public static bool IsReadFailure(Exception e) => e is IOException or UnauthorizedAccessException;

    /// <summary>The one line for a failed read (<see cref="IsReadFailure"/>).</summary>
    public static InputException ReadFailure(string path, Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => new InputException(path, "file not found"),
        UnauthorizedAccessException => new InputException(path, "cannot read the file: permission denied"),
        _ => new InputException(path, "cannot read the file: " + e.Message.ReplaceLineEndings(" ").Trim()),
    };

    /// <summary>Refuses a path that is missing, a folder, or not a regular file, with one line saying which.</summary>
    public static void RequireRegular(string path)
    {
        var kind = FileProbe.KindOf(path);
        switch (kind)
        {
            case FileKind.Regular:
                return;
            case FileKind.Missing:
                throw new InputException(path, "file not found");
            case FileKind.Directory:
                throw new InputException(path, "is a directory, not a file");
            default:
                throw new InputException(path, $"is {FileProbe.Describe(kind)}, not a regular file: inputs are read from regular files only (save the content to a file and give that)");
        }
    }
}
