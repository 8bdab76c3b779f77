using System.Text;

namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// The text of a template as the parsers read it: the file's UTF-8 bytes (already checked to be valid UTF-8 without
/// NUL, the byte order mark skipped), or a string (text handed over directly, or a file in UTF-16). A UTF-8 file
/// is never turned into one string: the YAML reader decodes it as it goes and the JSON reader reads the bytes
/// themselves, so a template costs its size once while it is parsed, not three times (bytes plus two bytes a
/// character).
/// </summary>
internal sealed class TemplateSource
{
    private readonly byte[]? _utf8;
    private readonly int _start;
    private readonly string? _text;

    private TemplateSource(byte[]? utf8, int start, string? text)
    {
        _utf8 = utf8;
        _start = start;
        _text = text;
    }

    /// <summary>Valid UTF-8 text from <paramref name="start"/> to the end of <paramref name="bytes"/>.</summary>
    public static TemplateSource FromUtf8(byte[] bytes, int start) => new(bytes, start, null);

    public static TemplateSource FromText(string text) => new(null, 0, text);

    /// <summary>Bytes the source itself holds (what letting it go frees).</summary>
    public long MemoryBytes => _utf8 is not null ? _utf8.LongLength : 2L * _text!.Length;

    /// <summary>True when the first non-blank character is <c>{</c>.</summary>
    public bool LooksLikeJson()
    {
        if (_text is not null)
        {
            foreach (var c in _text)
            {
                if (char.IsWhiteSpace(c)) continue;
                return c == '{';
            }
            return false;
        }
        var rest = _utf8.AsSpan(_start);
        while (!rest.IsEmpty)
        {
            System.Text.Rune.DecodeFromUtf8(rest, out var rune, out var used);
            if (System.Text.Rune.IsWhiteSpace(rune))
            {
                rest = rest[used..];
                continue;
            }
            return rune.Value == '{';
        }
        return false;
    }

    /// <summary>The text for the YAML reader, decoded as it is read.</summary>
    public TextReader OpenReader() => _text is not null
        ? new StringReader(_text)
        : new StreamReader(new MemoryStream(_utf8!, _start, _utf8!.Length - _start, writable: false), new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: false);

    /// <summary>The text as UTF-8 bytes for the JSON reader (the file's own bytes when it was UTF-8).</summary>
    public ReadOnlyMemory<byte> Utf8() => _utf8 is not null ? _utf8.AsMemory(_start) : Encoding.UTF8.GetBytes(_text!);
}
