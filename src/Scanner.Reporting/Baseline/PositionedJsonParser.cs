using System.Text.Json;
using Scanner.Core.Collection;

namespace Scanner.Reporting.Baseline;

/// <summary>
/// Reads a whole JSON file into <see cref="JsonNodeWithPosition"/> nodes. Syntax errors become
/// <see cref="InputException"/> with the reader's line and column. Limits: depth 64, no comments, no trailing
/// commas; a UTF-8 byte order mark is skipped; columns count bytes. The elements of a <see cref="StreamedArray"/>
/// are handed over one at a time as they are read and not kept (the array stays in the tree, empty), so a large
/// report never exists as a tree of nodes all at once.
/// </summary>
internal static class PositionedJsonParser
{
    private const int MaxDepth = 64;

    public static JsonNodeWithPosition Parse(string file, byte[] bytes, params StreamedArray[] streamed)
    {
        var data = bytes.AsSpan();
        if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) data = data[3..];
        if (!System.Text.Unicode.Utf8.IsValid(data)) throw Error(file, "not UTF-8 text (invalid byte sequence)", data, JsonPositions.FirstInvalidUtf8(data));
        var content = bytes.AsMemory(bytes.Length - data.Length);
        var reader = new Utf8JsonReader(data, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read()) throw new InputException(file, "empty file: expected a JSON object", 1, 1);
            var root = new Walker(content, streamed).ReadValue(ref reader);
            if (reader.Read()) throw Error(file, "unexpected content after the JSON value", data, reader.TokenStartIndex);
            return root;
        }
        catch (DuplicatePropertyException e)
        {
            throw Error(file, "duplicate property: an object names the same property twice (the value would be ambiguous)", data, e.Offset);
        }
        catch (JsonException e)
        {
            var reason = e.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0) reason = reason[..cut].TrimEnd();
            throw new InputException(file, "malformed JSON: " + reason, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, e);
        }
    }

    /// <summary>
    /// Builds nodes, following the path from the root (property names, "[]" for an array's element). Nodes start in
    /// document order, so their lines are counted forward from the previous node's (no table of every line's start).
    /// </summary>
    private sealed class Walker(ReadOnlyMemory<byte> content, StreamedArray[] streamed)
    {
        private readonly List<string> _path = [];
        private readonly List<int> _indexes = [];
        private long _counted;
        private int _line = 1;
        private long _lineStart;

        private (int Line, int Column) Position(long offset)
        {
            if (offset < _counted) return JsonPositions.Position(content.Span, offset);
            var span = content.Span[(int)_counted..(int)offset];
            var newlines = span.Count((byte)'\n');
            if (newlines > 0)
            {
                _line += newlines;
                _lineStart = _counted + span.LastIndexOf((byte)'\n') + 1;
            }
            _counted = offset;
            return (_line, (int)(offset - _lineStart) + 1);
        }

        /// <summary>The streamed array that starts at the current path, if any (checked at every array of the report).</summary>
        private StreamedArray? StreamedAt()
        {
            foreach (var array in streamed)
                if (array.Matches(_path)) return array;
            return null;
        }

        public JsonNodeWithPosition ReadValue(ref Utf8JsonReader reader)
        {
            var (line, column) = Position(reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                {
                    var props = new Dictionary<string, JsonNodeWithPosition>(StringComparer.Ordinal);
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var name = reader.GetString()!;
                        var nameAt = reader.TokenStartIndex;
                        reader.Read();
                        _path.Add(name);
                        var value = ReadValue(ref reader);
                        _path.RemoveAt(_path.Count - 1);
                        if (!props.TryAdd(name, value))
                            throw new DuplicatePropertyException(nameAt);
                    }
                    return new() { Kind = JsonNodeKind.Object, Line = line, Column = column, Properties = props };
                }
                case JsonTokenType.StartArray:
                {
                    var target = StreamedAt();
                    var items = new List<JsonNodeWithPosition>();
                    _path.Add("[]");
                    _indexes.Add(0);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var item = ReadValue(ref reader);
                        if (target is null) items.Add(item);
                        else target.Element(_indexes, item);
                        _indexes[^1]++;
                    }
                    _indexes.RemoveAt(_indexes.Count - 1);
                    _path.RemoveAt(_path.Count - 1);
                    return new() { Kind = JsonNodeKind.Array, Line = line, Column = column, Items = items };
                }
                case JsonTokenType.String:
                    return new() { Kind = JsonNodeKind.String, Line = line, Column = column, Text = reader.GetString() };
                case JsonTokenType.Number:
                    return new() { Kind = JsonNodeKind.Number, Line = line, Column = column, Text = System.Text.Encoding.UTF8.GetString(reader.ValueSpan) };
                case JsonTokenType.True:
                    return new() { Kind = JsonNodeKind.True, Line = line, Column = column };
                case JsonTokenType.False:
                    return new() { Kind = JsonNodeKind.False, Line = line, Column = column };
                default:
                    return new() { Kind = JsonNodeKind.Null, Line = line, Column = column };
            }
        }
    }

    public static InputException Error(string file, string reason, ReadOnlySpan<byte> data, long offset)
    {
        var (line, column) = JsonPositions.Position(data, offset);
        return new InputException(file, reason, line, column);
    }

    private sealed class DuplicatePropertyException(long offset) : Exception
    {
        public long Offset { get; } = offset;
    }
}

/// <summary>
/// An array at <paramref name="path"/> (property names from the root, <c>[]</c> for any element of an enclosing array)
/// whose elements go to <paramref name="element"/> with the indexes of the enclosing arrays' elements and their own
/// (e.g. run 0, result 12), instead of into the tree.
/// </summary>
internal sealed class StreamedArray(string[] path, Action<IReadOnlyList<int>, JsonNodeWithPosition> element)
{
    public bool Matches(List<string> at) => at.SequenceEqual(path, StringComparer.Ordinal);

    public void Element(IReadOnlyList<int> indexes, JsonNodeWithPosition node) => element(indexes, node);
}
