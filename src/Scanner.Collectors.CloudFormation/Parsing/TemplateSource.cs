using System.Text;
using Scanner.Core.Collection;
using Scanner.Core.Files;

namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// The text of a template as the parsers read it: a checked UTF-8 file read again as a stream (YAML and JSON), or a
/// string (text handed over directly, or a file in UTF-16). A UTF-8 file is never held whole while it is parsed:
/// each reader decodes it from the file as it goes.
/// </summary>
internal sealed class TemplateSource
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string? _text;
    private readonly CheckedFile? _file;

    private TemplateSource(string? text, CheckedFile? file)
    {
        _text = text;
        _file = file;
    }

    public static TemplateSource FromText(string text) => new(text, null);

    /// <summary>
    /// A file whose <paramref name="length"/> bytes from <paramref name="start"/> were checked to be valid UTF-8 text
    /// without NUL; <paramref name="json"/> when its first non-blank character is <c>{</c>; <paramref name="before"/> is
    /// its stamp from before that check. Reading it again finds the same bytes, or the file changed in between: an
    /// <see cref="InputException"/> saying so.
    /// </summary>
    public static TemplateSource FromCheckedFile(string path, long start, long length, FileStamp before, bool json) =>
        new(null, new CheckedFile(path, start, length, before, json));

    /// <summary>The template's size in bytes (UTF-8 for text handed over as a string).</summary>
    public long InputBytes => _file?.Length ?? Encoding.UTF8.GetByteCount(_text!);

    /// <summary>Bytes the source holds on the GC heap (what letting it go frees for a collection).</summary>
    public long MemoryBytes => _text is not null ? 2L * _text.Length : 0;

    /// <summary>True when the first non-blank character is <c>{</c>.</summary>
    public bool LooksLikeJson()
    {
        if (_file is not null) return _file.Json;
        foreach (var c in _text!)
        {
            if (char.IsWhiteSpace(c)) continue;
            return c == '{';
        }
        return false;
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
    public TextReader OpenReader() => _file is not null ? _file.Open() : new StringReader(_text!);

    /// <summary>The text as UTF-8 bytes for the JSON reader, read as they are needed (the file's own bytes when it was UTF-8).</summary>
    public Stream OpenUtf8() => _file is not null ? _file.OpenBytes() : new MemoryStream(Encoding.UTF8.GetBytes(_text!), writable: false);

    private sealed record CheckedFile(string Path, long Start, long Length, FileStamp Before, bool Json)
    {
        public TextReader Open() =>
            new CheckedReader(new StreamReader(OpenBytes(), StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024), Path);

        /// <summary>The checked bytes again (see <see cref="SameBytesStream"/>).</summary>
        public Stream OpenBytes()
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
            return new SameBytesStream(stream, this);
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
