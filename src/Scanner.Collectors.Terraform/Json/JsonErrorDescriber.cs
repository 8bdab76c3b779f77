using System.Text.Json;

namespace Scanner.Collectors.Terraform.Json;

/// <summary>
/// Turns a <see cref="JsonException"/> into a one-line reason and a 1-based position. The reader's own message
/// ends in "LineNumber: 0 | BytePositionInLine: 5." with 0-based numbers; that tail is dropped and the numbers
/// are reported 1-based by the caller. Truncation and excessive nesting get their own wording because the
/// reader's text for them ("Expected depth to be zero…", "maximum configured depth…") does not say what to fix.
/// </summary>
internal static class JsonErrorDescriber
{
    public static (string Reason, int Line, int Column) Describe(JsonException e, ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var line = (int)Math.Min(int.MaxValue - 1, e.LineNumber ?? 0) + 1;
        var column = (int)Math.Min(int.MaxValue - 1, e.BytePositionInLine ?? 0) + 1;
        var offset = OffsetOf(utf8, line, column);
        var end = utf8.TrimEnd(" \t\r\n"u8).Length;

        if (DepthAt(utf8, offset) > maxDepth)
            return ($"JSON nested deeper than the limit of {maxDepth} levels (TerraformPlanOptions.MaxDepth)", line, column);
        if (offset >= end)
            return ("truncated JSON: the document ends before all its objects, arrays and strings are closed", line, column);
        if (offset == FirstContent(utf8) && LooksBinary(utf8))
            return ("not JSON: this looks like a binary file (a saved plan file? convert it with `terraform show -json PLANFILE`)", line, column);
        if (offset == FirstContent(utf8) && LooksLikeYamlTemplate(utf8))
            return ("not JSON: this looks like a YAML CloudFormation template (AWSTemplateFormatVersion/Resources); scan it with the CloudFormation input", line, column);
        return ("malformed JSON: " + StripPosition(e.Message), line, column);
    }

    /// <summary>A YAML template has a top-level <c>AWSTemplateFormatVersion:</c> or <c>Resources:</c> key near its start.</summary>
    private static bool LooksLikeYamlTemplate(ReadOnlySpan<byte> utf8)
    {
        var head = System.Text.Encoding.UTF8.GetString(utf8[..Math.Min(utf8.Length, 4096)]);
        foreach (var raw in head.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("AWSTemplateFormatVersion:", StringComparison.Ordinal) || line.StartsWith("Resources:", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static string StripPosition(string message)
    {
        var i = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (i >= 0 ? message[..i] : message).Trim();
        var path = text.IndexOf(" Path: $", StringComparison.Ordinal);
        if (path >= 0) text = text[..path].Trim();
        return text.ReplaceLineEndings(" ");
    }

    private static long OffsetOf(ReadOnlySpan<byte> utf8, int line, int column)
    {
        long offset = 0;
        for (var l = 1; l < line && offset < utf8.Length; l++)
        {
            var next = utf8[(int)offset..].IndexOf((byte)'\n');
            if (next < 0) return utf8.Length;
            offset += next + 1;
        }
        return Math.Min(utf8.Length, offset + column - 1);
    }

    private static int FirstContent(ReadOnlySpan<byte> utf8) => utf8.Length - utf8.TrimStart(" \t\r\n"u8).Length;

    private static bool LooksBinary(ReadOnlySpan<byte> utf8)
    {
        var probe = utf8[..Math.Min(utf8.Length, 512)];
        foreach (var b in probe)
            if (b < 0x09 || (b > 0x0D && b < 0x20)) return true;
        return probe.StartsWith("PK"u8);
    }

    /// <summary>Bracket depth just before <paramref name="offset"/>, ignoring brackets inside strings.</summary>
    private static int DepthAt(ReadOnlySpan<byte> utf8, long offset)
    {
        int depth = 0, max = 0;
        bool inString = false, escaped = false;
        var limit = (int)Math.Min(utf8.Length, offset + 1);
        for (var i = 0; i < limit; i++)
        {
            var b = utf8[i];
            if (inString)
            {
                if (escaped) escaped = false;
                else if (b == '\\') escaped = true;
                else if (b == '"') inString = false;
                continue;
            }
            switch (b)
            {
                case (byte)'"': inString = true; break;
                case (byte)'{' or (byte)'[': depth++; max = Math.Max(max, depth); break;
                case (byte)'}' or (byte)']': depth--; break;
            }
        }
        return depth;
    }
}
