using System.Text;
using Scanner.Core.Collection;
using Scanner.Core.Files;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Scanner.Rules.Yaml;

/// <summary>
/// Loads one YAML document with the representation model (no reflection) and the limits rule and case files
/// live under: size (<see cref="MaxBytes"/>) and a single document. Syntax errors become
/// <see cref="InputException"/> with file, line and column.
/// </summary>
public static class YamlDocumentLoader
{
    /// <summary>Largest rule or case file accepted: 4 MiB.</summary>
    public const long MaxBytes = 4 * 1024 * 1024;

    public static YamlNode LoadFile(string path)
    {
        var bytes = InputFile.ReadAllBytes(path, MaxBytes, _ => new InputException(path, $"file is larger than the {MaxBytes / (1024 * 1024)} MiB limit for YAML files"));
        string text;
        using (var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
            text = reader.ReadToEnd();
        return LoadText(text, path);
    }

    /// <summary>Deepest nesting accepted (the representation model recurses; deeper documents are rejected first).</summary>
    public const int MaxDepth = 64;

    /// <summary>Most aliases accepted in one document (rule and case files need few; this stops alias bombs).</summary>
    public const int MaxAliases = 100;

    public static YamlNode LoadText(string text, string displayPath)
    {
        if (text.Contains('\0')) throw new InputException(displayPath, "file is binary, not YAML");
        var stream = new YamlStream();
        try
        {
            CheckLimits(text, displayPath);
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var reason = e.InnerException is { } inner && inner.Message.Length > 0 ? inner.Message : e.Message;
            throw new InputException(displayPath, "invalid YAML: " + OneLine(StripMark(reason)), (int)e.Start.Line, (int)e.Start.Column);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // The YAML parser fails this way on some malformed inputs (no position is available then).
            throw new InputException(displayPath, "invalid YAML: the parser could not read the document (" + OneLine(e.Message) + ")");
        }
        if (stream.Documents.Count == 0) throw new InputException(displayPath, "file is empty");
        if (stream.Documents.Count > 1)
            throw new InputException(displayPath, "holds more than one YAML document; put one rule in each file",
                (int)stream.Documents[1].RootNode.Start.Line, (int)stream.Documents[1].RootNode.Start.Column);
        return stream.Documents[0].RootNode;
    }

    /// <summary>An event-level pass (no recursion) that rejects documents too deep or with too many aliases.</summary>
    private static void CheckLimits(string text, string displayPath)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        var aliases = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case YamlDotNet.Core.Events.SequenceStart or YamlDotNet.Core.Events.MappingStart:
                    if (++depth > MaxDepth)
                        throw new InputException(displayPath, $"document nests deeper than {MaxDepth} levels", (int)parser.Current.Start.Line, (int)parser.Current.Start.Column);
                    break;
                case YamlDotNet.Core.Events.SequenceEnd or YamlDotNet.Core.Events.MappingEnd:
                    depth--;
                    break;
                case YamlDotNet.Core.Events.AnchorAlias:
                    if (++aliases > MaxAliases)
                        throw new InputException(displayPath, $"document uses more than {MaxAliases} aliases (alias expansion limit)", (int)parser.Current.Start.Line, (int)parser.Current.Start.Column);
                    break;
            }
        }
    }

    private static string StripMark(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: 3, Col: 6, Idx: 21): "; the location is reported separately.
        var i = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && i > 0 ? message[(i + 3)..] : message;
    }

    private static string OneLine(string s) => s.ReplaceLineEndings(" ").Trim();
}
