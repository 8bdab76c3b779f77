using Scanner.Core.Collection;
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
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists) throw new InputException(path, "file not found");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new InputException(path, e.Message);
        }
        if (info.Length > MaxBytes) throw new InputException(path, $"file is larger than the {MaxBytes / (1024 * 1024)} MiB limit for YAML files");
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, e.Message);
        }
        return LoadText(text, path);
    }

    public static YamlNode LoadText(string text, string displayPath)
    {
        if (text.Contains('\0')) throw new InputException(displayPath, "file is binary, not YAML");
        var stream = new YamlStream();
        try
        {
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

    private static string StripMark(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: 3, Col: 6, Idx: 21): "; the location is reported separately.
        var i = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && i > 0 ? message[(i + 3)..] : message;
    }

    private static string OneLine(string s) => s.ReplaceLineEndings(" ").Trim();
}
