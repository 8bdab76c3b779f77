using System.Text;
using Scanner.Core.Collection;
using Scanner.Core.Files;

namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// Turns file bytes into template text, refusing what is not text before any parser sees it: files over the size
/// limit (counted as bytes are read), NUL bytes (binary data), invalid UTF-8. UTF-8 with or without BOM and UTF-16
/// with a BOM are accepted.
/// </summary>
internal static class TemplateText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads and checks a template file. The check reads the whole file outside the GC heap and frees it; a UTF-8
    /// template (YAML or JSON) is then parsed from the file again as a stream (<see cref="TemplateSource.FromCheckedFile"/>),
    /// so its text is never held while its tree grows. A UTF-16 one becomes a string.
    /// </summary>
    public static TemplateSource Read(string path, long maxBytes)
    {
        if (Directory.Exists(path)) throw new InputException(path, "is a directory, not a template file");
        FileStamp before;
        NativeText text;
        try
        {
            before = FileSlices.Stamp(path);
            text = NativeText.Read(path, maxBytes, size => TooLarge(path, size, maxBytes));
        }
        catch (ArgumentException) { throw new InputException(path, "not a valid file path"); }
        using (text)
            return Decode(text, path, before);
    }

    /// <summary>Checks text handed over directly (it never was bytes, so only the size and NUL checks apply).</summary>
    public static string CheckText(string text, string displayPath, long maxBytes)
    {
        // A UTF-8 byte is at most 3 per UTF-16 char; only count exactly when the cheap bound is over the limit.
        if ((long)text.Length * 3 > maxBytes)
        {
            var size = (long)Encoding.UTF8.GetByteCount(text);
            if (size > maxBytes) throw TooLarge(displayPath, size, maxBytes);
        }
        var nul = text.IndexOf('\0');
        if (nul >= 0) throw Binary(displayPath, text, nul);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    private static TemplateSource Decode(NativeText file, string path, FileStamp before)
    {
        var bytes = file.Memory.Span;
        string text;
        try
        {
            if (bytes is [0xFF, 0xFE, ..]) text = StrictUtf16Le.GetString(bytes[2..]);
            else if (bytes is [0xFE, 0xFF, ..]) text = StrictUtf16Be.GetString(bytes[2..]);
            else
            {
                var nulByte = bytes.IndexOf((byte)0);
                if (nulByte >= 0) throw new InputException(path, $"binary data (NUL byte at offset {nulByte}), not a CloudFormation template");
                var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
                // Checked without decoding into a string (the same exception, at the same offset, as decoding);
                // without NUL bytes the text holds no NUL character either.
                var utf8 = bytes[start..];
                StrictUtf8.GetCharCount(utf8);
                // Both JSON and YAML are read again from the file as they are parsed.
                return TemplateSource.FromCheckedFile(path, start, utf8.Length, before, TemplateSource.StartsLikeJson(utf8));
            }
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $" at offset {e.Index}" : "";
            throw new InputException(path, $"not UTF-8 text (invalid byte sequence{at}), not a CloudFormation template");
        }
        var nul = text.IndexOf('\0');
        if (nul >= 0) throw Binary(path, text, nul);
        return TemplateSource.FromText(text);
    }

    private static InputException Binary(string path, string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
            if (text[i] == '\n') { line++; lineStart = i + 1; }
        return new InputException(path, "binary data (NUL character), not a CloudFormation template", line, index - lineStart + 1);
    }

    private static InputException TooLarge(string path, long? size, long max) =>
        new(path, $"file is {(size is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "more than " + max)} bytes, over the {max}-byte limit (CloudFormationOptions.MaxDocumentBytes)");

    internal static string OneLine(string message) =>
        message.ReplaceLineEndings(" ").Trim();
}
