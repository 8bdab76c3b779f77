using System.Text;

namespace Scanner.Reporting.Terminal;

/// <summary>
/// Makes untrusted text (resource names, tag values, messages from collected data) safe to print: control
/// characters (escape sequences, carriage returns) and bidirectional overrides are replaced, so a crafted
/// resource name cannot rewrite the terminal or hide text.
/// </summary>
internal static class TerminalText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\t') sb.Append(' ');
            else if (char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')) sb.Append('\uFFFD');
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
