using System.Text;
using System.Text.RegularExpressions;

namespace Scanner.Cli.Tests;

/// <summary>
/// Finds the <c>latticescan</c> command lines in the fenced code blocks of Markdown files: plain shell lines, steps
/// of CI workflows (<c>- run: …</c>), container commands (joined with <c>&amp;&amp;</c> or <c>;</c>, continued with
/// <c>\</c> or on the next lines of a YAML folded scalar), and <c>dotnet run --project src/Scanner.Cli --</c>, which
/// stands for <c>latticescan</c> in a clone.
/// </summary>
internal static partial class MarkdownCommands
{
    public sealed record FencedBlock(int Line, string Language, string Text);

    /// <summary>One command: where it is written, its arguments after the program name, and a file for standard input.</summary>
    public sealed record DocCommand(string File, int Line, string Text, IReadOnlyList<string> Arguments, string? StandardInput);

    [GeneratedRegex(@"(?:^|[\s""'\[,])(?:\./|out/|\.latticescan/)?latticescan\s+(?<rest>(?:scan|collect|merge|rules)\b.*)$")]
    private static partial Regex Program();

    [GeneratedRegex(@"dotnet run --project src/Scanner\.Cli --\s+(?<rest>.*)$")]
    private static partial Regex DotnetRun();

    public static IEnumerable<FencedBlock> FencedBlocks(string markdown)
    {
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var open = lines[i].TrimStart();
            if (!open.StartsWith("```", StringComparison.Ordinal)) continue;
            var language = open[3..].Trim();
            var start = i + 1;
            var body = new StringBuilder();
            for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++) body.Append(lines[i]).Append('\n');
            yield return new FencedBlock(start + 1, language, body.ToString());
        }
    }

    /// <param name="substitute">Applied to each command's text before it is split into words (placeholders).</param>
    public static IEnumerable<DocCommand> Extract(string file, string markdown, Func<string, string>? substitute = null)
    {
        foreach (var block in FencedBlocks(markdown))
            foreach (var (line, text) in LogicalLines(block))
                foreach (var segment in text.Split(["&&", ";", "|"], StringSplitOptions.None))
                {
                    var clean = StripComment(segment).Trim().TrimEnd('"', '\'', ']', ',').Trim();
                    var m = DotnetRun().Match(clean) is { Success: true } d ? d : Program().Match(clean);
                    if (!m.Success) continue;
                    var rest = m.Groups["rest"].Value.Trim();
                    var words = Tokenize(substitute is null ? rest : substitute(rest));
                    string? stdin = null;
                    var at = words.IndexOf("<");
                    if (at >= 0 && at + 1 < words.Count)
                    {
                        stdin = words[at + 1];
                        words.RemoveRange(at, 2);
                    }
                    yield return new DocCommand(file, line, "latticescan " + rest, words, stdin);
                }
    }

    /// <summary>Joins continuation lines: a trailing <c>\</c>, and following lines that start with <c>--</c> (YAML folded scalars).</summary>
    private static IEnumerable<(int Line, string Text)> LogicalLines(FencedBlock block)
    {
        var lines = block.Text.Split('\n');
        var i = 0;
        while (i < lines.Length)
        {
            var start = i;
            var text = lines[i];
            i++;
            while (i < lines.Length && (text.TrimEnd().EndsWith('\\') || (lines[i].TrimStart().StartsWith("--", StringComparison.Ordinal) && !text.TrimEnd().EndsWith("&&", StringComparison.Ordinal))))
            {
                text = text.TrimEnd().TrimEnd('\\') + " " + lines[i].Trim();
                i++;
            }
            yield return (block.Line + start, text);
        }
    }

    private static string StripComment(string segment)
    {
        var hash = segment.IndexOf(" #", StringComparison.Ordinal);
        return hash >= 0 ? segment[..hash] : segment;
    }

    /// <summary>Splits like a POSIX shell for what the docs use: whitespace, single and double quotes.</summary>
    private static List<string> Tokenize(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var inWord = false;
        char quote = '\0';
        foreach (var c in text)
        {
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                else current.Append(c);
                continue;
            }
            if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                if (inWord) words.Add(current.ToString());
                current.Clear();
                inWord = false;
                continue;
            }
            current.Append(c);
            inWord = true;
        }
        if (inWord) words.Add(current.ToString());
        return words;
    }

    public static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
