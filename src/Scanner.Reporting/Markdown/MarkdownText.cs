namespace Scanner.Reporting.Markdown;

/// <summary>Text made safe inside a Markdown table cell or code span.</summary>
internal static class MarkdownText
{
    /// <summary>One line, pipes escaped, HTML-significant characters neutralised, so a message cannot break the table.</summary>
    public static string Cell(string? text) =>
        (text ?? "").ReplaceLineEndings(" ").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).Trim();

    /// <summary>A code span that holds any text: the fence is longer than any run of backticks inside.</summary>
    public static string Code(string text)
    {
        var one = text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
        var longest = 0;
        for (int i = 0, run = 0; i < one.Length; i++)
        {
            run = one[i] == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        var fence = new string('`', longest + 1);
        return longest > 0 ? $"{fence} {one} {fence}" : $"{fence}{one}{fence}";
    }
}
