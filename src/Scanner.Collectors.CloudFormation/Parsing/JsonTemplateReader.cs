using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Scanner.Core.Collection;
using Scanner.Core.Files;

namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// Reads a JSON template with <see cref="Utf8JsonReader"/> (strict JSON: no comments, no trailing commas), with
/// positions for every key and value, the same depth guard as YAML and duplicate-key rejection. JSON goes through
/// its own reader rather than the YAML one because YAML 1.1 scanners trip over valid JSON (tab indentation, keys
/// longer than 1024 characters).
/// </summary>
internal static partial class JsonTemplateReader
{
    // The bytes in hand at a time; a token longer than that (a long string) grows the buffer to hold it.
    private const int BlockBytes = 64 * 1024;

    /// <summary>
    /// Reads the template from its bytes block by block: the reader's state carries over from one block to the next,
    /// so no more than a block (or the longest token) of the text is held at a time.
    /// </summary>
    public static TemplateNode Read(TemplateSource source, string file, ParseLimits limits) => Read(source, file, limits, BlockBytes);

    /// <summary>As <see cref="Read(TemplateSource, string, ParseLimits)"/>, with blocks of <paramref name="blockBytes"/> at first.</summary>
    internal static TemplateNode Read(TemplateSource source, string file, ParseLimits limits, int blockBytes)
    {
        using var stream = source.OpenUtf8();
        var builder = new TreeBuilder(file, limits);
        var lines = new LineIndex();
        var state = new JsonReaderState(new JsonReaderOptions
        {
            // Our own check reports the limit by name; the reader's is only a backstop.
            MaxDepth = limits.MaxDepth + 2,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        var buffer = new byte[blockBytes];
        var held = 0;
        var final = false;
        try
        {
            while (true)
            {
                while (!final && held < buffer.Length)
                {
                    var n = stream.Read(buffer, held, buffer.Length - held);
                    if (n == 0) final = true;
                    held += n;
                }
                var block = buffer.AsSpan(0, held);
                var reader = new Utf8JsonReader(block, final, state);
                while (reader.Read())
                    builder.Add(ref reader, lines.Locate(block, reader.TokenStartIndex));
                if (final) break;
                var consumed = (int)reader.BytesConsumed;
                lines.Pass(block, consumed);
                state = reader.CurrentState;
                if (consumed == 0 && held == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
                block[consumed..].CopyTo(buffer);
                held -= consumed;
            }
        }
        catch (JsonException e)
        {
            // A file changed since its check says so, rather than showing as a syntax error in text nobody wrote.
            Drain(stream);
            var line = (int)Math.Min((e.LineNumber ?? -1) + 1, int.MaxValue);
            var column = (int)Math.Min((e.BytePositionInLine ?? -1) + 1, int.MaxValue);
            throw new InputException(file, "invalid JSON: " + CleanMessage(e.Message), line, column, e);
        }
        catch (InvalidOperationException e) when (e.InnerException is DecoderFallbackException)
        {
            // The text was checked to be UTF-8: a string that no longer decodes was changed after the check.
            Drain(stream);
            throw FileSlices.Changed(file);
        }
        builder.Finish();
        return builder.Root ?? throw new InputException(file, "file is empty (no template)");
    }

    private static void Drain(Stream stream)
    {
        var scratch = new byte[BlockBytes];
        while (stream.Read(scratch) > 0) { }
    }

    /// <summary>The tree of one template, one token at a time.</summary>
    private sealed class TreeBuilder(string file, ParseLimits limits)
    {
        private readonly Stack<(TemplateNode Node, TemplateKey? Key)> _stack = new();
        // What the input's memory budget held when each open mapping or list opened.
        private readonly Stack<long> _heldAtOpen = new();
        private readonly StringPool _strings = new();
        private ReaderTables? _tables;
        private ReaderTables Tables => _tables ??= new ReaderTables(limits.Budget, _strings, limits.Packer);
        private MappingNode? _resources;

        public TemplateNode? Root { get; private set; }

        /// <summary>The reading is over (<see cref="ReaderTables.Finish"/>).</summary>
        public void Finish() => Tables.Finish();

        public void Add(ref Utf8JsonReader reader, (int Line, int Column) at)
        {
            var (line, column) = at;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    if (_stack.Count >= limits.MaxDepth)
                        throw new InputException(file, $"nesting deeper than {limits.MaxDepth} levels (CloudFormationOptions.MaxDepth)", line, column);
                    TemplateNode opened = reader.TokenType == JsonTokenType.StartObject ? new MappingNode(line, column) : new SequenceNode(line, column);
                    if (_stack.Count == 1 && opened is MappingNode map0 && _stack.Peek() is { Node: MappingNode, Key.Text: "Resources" }) _resources = map0;
                    _stack.Push((opened, null));
                    _heldAtOpen.Push(limits.Budget?.Held ?? 0);
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    var done = _stack.Pop().Node;
                    var heldAtOpen = _heldAtOpen.Pop();
                    if (done is MappingNode doneMap) doneMap.Trim();
                    else ((SequenceNode)done).Trim();
                    var made = done;
                    if (limits.ReadsType is { } readsType && done is MappingNode definition && _stack.Count > 0 && ReferenceEquals(_stack.Peek().Node, _resources))
                        done = (MappingNode?)ResourceOutline.Packed(definition, limits) ?? ResourceOutline.Of(definition, readsType);
                    if (limits.Budget is { } budget)
                    {
                        // A definition packed or outlined lets go of what its nodes held (TreeBytes).
                        if (!ReferenceEquals(done, made))
                        {
                            TreeBytes.Replace(budget, heldAtOpen, done);
                            Tables.Hold();
                        }
                        else budget.Hold(TreeBytes.Of(done));
                    }
                    Place(done);
                    break;
                case JsonTokenType.PropertyName:
                    var name = _strings.Intern(reader.GetString()!);
                    var (map, _) = _stack.Pop();
                    var mapping = (MappingNode)map;
                    if (mapping.KeyNode(name) is { } first)
                        throw new InputException(file, $"duplicate key '{YamlTemplateReader.Shorten(name)}' (first defined at line {first.Line}, column {first.Column})", line, column);
                    _stack.Push((mapping, new TemplateKey(name, line, column)));
                    break;
                default:
                    var scalar = reader.TokenType switch
                    {
                        JsonTokenType.String => new ScalarNode(_strings.Intern(reader.GetString()!), ScalarKind.String, line, column),
                        JsonTokenType.Number => new ScalarNode(Encoding.UTF8.GetString(reader.ValueSpan), ScalarKind.String, line, column),
                        JsonTokenType.True => new ScalarNode("true", ScalarKind.Boolean, line, column),
                        JsonTokenType.False => new ScalarNode("false", ScalarKind.Boolean, line, column),
                        _ => new ScalarNode("", ScalarKind.Null, line, column),
                    };
                    limits.Budget?.Hold(TreeBytes.Of(scalar));
                    Place(scalar);
                    break;
            }
        }

        private void Place(TemplateNode node)
        {
            if (_stack.Count == 0) Root = node;
            else Attach(_stack, node, file);
        }
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
