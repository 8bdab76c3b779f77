using System.Text;
using Scanner.Core.Collection;
using Scanner.Core.Files;

namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// The text of a template as the parsers read it: a checked UTF-8 file read again as a stream (YAML), the file's
/// UTF-8 bytes outside the GC heap (JSON; already checked to be valid UTF-8 without NUL, the byte order mark skipped),
/// or a string (text handed over directly, or a file in UTF-16). A UTF-8 file is never turned into one
/// string; a YAML one is not held at all while it is parsed (the reader decodes it from the file as it goes), and a
/// JSON one is held once, in memory that <see cref="Dispose"/> gives back at once.
/// </summary>
internal sealed class TemplateSource : IDisposable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly int _start;
    private readonly string? _text;
    private readonly CheckedFile? _file;
    private NativeText? _native;

    private TemplateSource(string? text, CheckedFile? file, NativeText? native, int start)
    {
        _text = text;
        _file = file;
        _native = native;
        _start = start;
    }

    public static TemplateSource FromText(string text) => new(text, null, null, 0);

    /// <summary>Valid UTF-8 text from <paramref name="start"/> in a file's bytes read outside the GC heap; the source owns them.</summary>
    public static TemplateSource FromNative(NativeText text, int start) => new(null, null, text, start);

    /// <summary>Whether this source owns <paramref name="text"/> (and frees it when disposed).</summary>
    public bool Owns(NativeText text) => ReferenceEquals(_native, text);

    /// <summary>
    /// A file whose <paramref name="length"/> bytes from <paramref name="start"/> were checked to be valid UTF-8 text
    /// without NUL and not JSON; <paramref name="before"/> is its stamp from before that check. Reading it again finds
    /// the same bytes, or the file changed in between: an <see cref="InputException"/> saying so.
    /// </summary>
    public static TemplateSource FromCheckedFile(string path, long start, long length, FileStamp before) =>
        new(null, new CheckedFile(path, start, length, before), null, 0);

    /// <summary>Bytes the source holds on the GC heap (what letting it go frees for a collection).</summary>
    public long MemoryBytes => _text is not null ? 2L * _text.Length : 0;

    /// <summary>True when the first non-blank character is <c>{</c>.</summary>
    public bool LooksLikeJson()
    {
        if (_file is not null) return false;
        if (_text is not null)
        {
            foreach (var c in _text)
            {
                if (char.IsWhiteSpace(c)) continue;
                return c == '{';
            }
            return false;
        }
        return StartsLikeJson(Bytes().Span);
    }

    /// <summary>True when the first non-blank character of the UTF-8 text is <c>{</c>.</summary>
    public static bool StartsLikeJson(ReadOnlySpan<byte> utf8)
    {
        var rest = utf8;
        while (!rest.IsEmpty)
        {
            Rune.DecodeFromUtf8(rest, out var rune, out var used);
            if (Rune.IsWhiteSpace(rune))
            {
                rest = rest[used..];
                continue;
            }
            return rune.Value == '{';
        }
        return false;
    }

    /// <summary>The text for the YAML reader, decoded as it is read.</summary>
    public TextReader OpenReader()
    {
        if (_file is not null) return _file.Open();
        if (_text is not null) return new StringReader(_text);
        // Text outside the GC heap is read as YAML only when it looked like JSON and was not: a copy for the stream.
        return new StreamReader(new MemoryStream(Bytes().ToArray(), writable: false), StrictUtf8, detectEncodingFromByteOrderMarks: false);
    }

    /// <summary>The text as UTF-8 bytes for the JSON reader (the file's own bytes when it was UTF-8).</summary>
    public ReadOnlyMemory<byte> Utf8() =>
        _file is not null ? throw new InvalidOperationException("a checked file is read as a stream")
        : _text is not null ? Encoding.UTF8.GetBytes(_text) : Bytes();

    /// <summary>Frees text held outside the GC heap; the source cannot be read after.</summary>
    public void Dispose()
    {
        ((IDisposable?)_native)?.Dispose();
        _native = null;
    }

    private ReadOnlyMemory<byte> Bytes() =>
        _native is not null ? _native.Memory[_start..] : throw new ObjectDisposedException(nameof(TemplateSource));

    private sealed record CheckedFile(string Path, long Start, long Length, FileStamp Before)
    {
        public TextReader Open()
        {
            FileStream stream;
            try
            {
                stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 64 * 1024, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                throw FileSlices.Changed(Path);
            }
            catch (Exception e) when (InputFile.IsReadFailure(e))
            {
                throw InputFile.ReadFailure(Path, e);
            }
            stream.Position = Start;
            return new CheckedReader(new StreamReader(new SameBytesStream(stream, this), StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024), Path);
        }
    }

    /// <summary>
    /// The checked bytes again: no more than were checked, and at the end exactly as many, with the file's stamp
    /// unchanged; anything else means the file changed after its check.
    /// </summary>
    private sealed class SameBytesStream(FileStream inner, CheckedFile file) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n;
            try
            {
                // One byte more than is left, so that a file grown since its check is seen.
                n = inner.Read(buffer[..(int)Math.Min(buffer.Length, file.Length - _read + 1)]);
            }
            catch (Exception e) when (InputFile.IsReadFailure(e))
            {
                throw InputFile.ReadFailure(file.Path, e);
            }
            _read += n;
            if (_read > file.Length || (n == 0 && (_read != file.Length || FileSlices.Stamp(file.Path) != file.Before)))
                throw FileSlices.Changed(file.Path);
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }

    /// <summary>Bytes that no longer decode as they did when checked: the file changed in between.</summary>
    private sealed class CheckedReader(StreamReader inner, string path) : TextReader
    {
        public override int Peek() => Guard(static r => r.Peek());
        public override int Read() => Guard(static r => r.Read());
        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            try
            {
                return inner.Read(buffer);
            }
            catch (DecoderFallbackException)
            {
                throw FileSlices.Changed(path);
            }
        }

        private int Guard(Func<StreamReader, int> read)
        {
            try
            {
                return read(inner);
            }
            catch (DecoderFallbackException)
            {
                throw FileSlices.Changed(path);
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
