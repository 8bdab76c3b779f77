using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Scanner.Core.Collection;

namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// Reads a JSON template with <see cref="Utf8JsonReader"/> (strict JSON: no comments, no trailing commas), with
/// positions for every key and value, the same depth guard as YAML and duplicate-key rejection. JSON goes through
/// its own reader rather than the YAML one because YAML 1.1 scanners trip over valid JSON (tab indentation, keys
/// longer than 1024 characters).
/// </summary>
internal static partial class JsonTemplateReader
{
    public static TemplateNode Read(TemplateSource source, string file, ParseLimits limits)
    {
        var bytes = source.Utf8();
        var lines = new LineIndex(bytes);
        var reader = new Utf8JsonReader(bytes.Span, new JsonReaderOptions
        {
            // Our own check below reports the limit by name; the reader's is only a backstop.
            MaxDepth = limits.MaxDepth + 2,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        var stack = new Stack<(TemplateNode Node, TemplateKey? Key)>();
        var strings = new StringPool();
        TemplateNode? root = null;
        MappingNode? resources = null;
        try
        {
            while (reader.Read())
            {
                var (line, column) = lines.Locate(reader.TokenStartIndex);
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (stack.Count >= limits.MaxDepth)
                            throw new InputException(file, $"nesting deeper than {limits.MaxDepth} levels (CloudFormationOptions.MaxDepth)", line, column);
                        TemplateNode opened = reader.TokenType == JsonTokenType.StartObject ? new MappingNode(line, column) : new SequenceNode(line, column);
                        if (stack.Count == 1 && opened is MappingNode map0 && stack.Peek() is { Node: MappingNode, Key.Text: "Resources" }) resources = map0;
                        stack.Push((opened, null));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        var done = stack.Pop().Node;
                        if (done is MappingNode doneMap) doneMap.Trim();
                        else ((SequenceNode)done).Trim();
                        if (limits.ReadsType is { } readsType && done is MappingNode definition && stack.Count > 0 && ReferenceEquals(stack.Peek().Node, resources))
                            done = (MappingNode?)ResourceOutline.Packed(definition, limits) ?? ResourceOutline.Of(definition, readsType);
                        if (stack.Count == 0) root = done;
                        else Attach(stack, done, file);
                        break;
                    case JsonTokenType.PropertyName:
                        var name = strings.Intern(reader.GetString()!);
                        var (map, _) = stack.Pop();
                        var mapping = (MappingNode)map;
                        if (mapping.KeyNode(name) is { } first)
                            throw new InputException(file, $"duplicate key '{YamlTemplateReader.Shorten(name)}' (first defined at line {first.Line}, column {first.Column})", line, column);
                        stack.Push((mapping, new TemplateKey(name, line, column)));
                        break;
                    default:
                        var scalar = reader.TokenType switch
                        {
                            JsonTokenType.String => new ScalarNode(strings.Intern(reader.GetString()!), ScalarKind.String, line, column),
                            JsonTokenType.Number => new ScalarNode(Encoding.UTF8.GetString(reader.ValueSpan), ScalarKind.String, line, column),
                            JsonTokenType.True => new ScalarNode("true", ScalarKind.Boolean, line, column),
                            JsonTokenType.False => new ScalarNode("false", ScalarKind.Boolean, line, column),
                            _ => new ScalarNode("", ScalarKind.Null, line, column),
                        };
                        if (stack.Count == 0) root = scalar;
                        else Attach(stack, scalar, file);
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            var line = (int)Math.Min((e.LineNumber ?? -1) + 1, int.MaxValue);
            var column = (int)Math.Min((e.BytePositionInLine ?? -1) + 1, int.MaxValue);
            throw new InputException(file, "invalid JSON: " + CleanMessage(e.Message), line, column, e);
        }
        return root ?? throw new InputException(file, "file is empty (no template)");
    }

    private static void Attach(Stack<(TemplateNode Node, TemplateKey? Key)> stack, TemplateNode value, string file)
    {
        var (parent, key) = stack.Pop();
        if (parent is SequenceNode seq)
        {
            seq.Add(value);
            stack.Push((seq, null));
            return;
        }
        var map = (MappingNode)parent;
        if (key is null) throw new InputException(file, "JSON object value without a key", value.Line, value.Column);
        map.TryAdd(key.Value, value);
        stack.Push((map, null));
    }

    private static string CleanMessage(string message) => TemplateText.OneLine(PositionSuffix().Replace(message, "")).TrimEnd('.', ' ');

    [GeneratedRegex(@"\s*(Path: \S*)?\s*\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$")]
    private static partial Regex PositionSuffix();
}
