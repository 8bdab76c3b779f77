using System.Text;

namespace Scanner.Reporting.Junit;

/// <summary>Text made safe for XML 1.0: characters XML cannot hold (most control characters, lone surrogates) become U+FFFD.</summary>
internal static class XmlSafeText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            if (ok)
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new StringBuilder(text, 0, i, text.Length);
            sb.Append('\uFFFD');
        }
        return sb?.ToString() ?? text;
    }
}
