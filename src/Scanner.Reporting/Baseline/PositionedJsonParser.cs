using System.Text.Json;
using Scanner.Core.Collection;

namespace Scanner.Reporting.Baseline;

/// <summary>
/// Reads a whole JSON file into <see cref="JsonNodeWithPosition"/> nodes. Syntax errors become
/// <see cref="InputException"/> with the reader's line and column. Limits: depth 64, no comments, no trailing
/// commas; a UTF-8 byte order mark is skipped; columns count bytes.
/// </summary>
internal static class PositionedJsonParser
{
    private const int MaxDepth = 64;

    public static JsonNodeWithPosition Parse(string file, byte[] bytes)
    {
        var data = bytes.AsSpan();
        if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) data = data[3..];
        var lineStarts = LineStarts(data);
        if (!System.Text.Unicode.Utf8.IsValid(data)) throw Error(file, "not UTF-8 text (invalid byte sequence)", JsonPositions.FirstInvalidUtf8(data), lineStarts);
        var reader = new Utf8JsonReader(data, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read()) throw new InputException(file, "empty file: expected a JSON object", 1, 1);
            var root = ReadValue(ref reader, lineStarts);
            if (reader.Read()) throw Error(file, "unexpected content after the JSON value", reader.TokenStartIndex, lineStarts);
            return root;
        }
        catch (DuplicatePropertyException e)
        {
            throw Error(file, "duplicate property: an object names the same property twice (the value would be ambiguous)", e.Offset, lineStarts);
        }
        catch (JsonException e)
        {
            var reason = e.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0) reason = reason[..cut].TrimEnd();
            throw new InputException(file, "malformed JSON: " + reason, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, e);
        }
    }

    private static JsonNodeWithPosition ReadValue(ref Utf8JsonReader reader, List<long> lineStarts)
    {
        var (line, column) = Position(reader.TokenStartIndex, lineStarts);
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
                    if (!props.TryAdd(name, ReadValue(ref reader, lineStarts)))
                        throw new DuplicatePropertyException(nameAt);
                }
                return new() { Kind = JsonNodeKind.Object, Line = line, Column = column, Properties = props };
            }
            case JsonTokenType.StartArray:
            {
                var items = new List<JsonNodeWithPosition>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(ReadValue(ref reader, lineStarts));
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

    public static InputException Error(string file, string reason, long offset, List<long> lineStarts)
    {
        var (line, column) = Position(offset, lineStarts);
        return new InputException(file, reason, line, column);
    }

    private sealed class DuplicatePropertyException(long offset) : Exception
    {
        public long Offset { get; } = offset;
    }

    private static List<long> LineStarts(ReadOnlySpan<byte> data)
    {
        var starts = new List<long> { 0 };
        for (var i = 0; i < data.Length; i++)
            if (data[i] == (byte)'\n') starts.Add(i + 1);
        return starts;
    }

    private static (int Line, int Column) Position(long offset, List<long> lineStarts)
    {
        var i = lineStarts.BinarySearch(offset);
        if (i < 0) i = ~i - 1;
        return (i + 1, (int)(offset - lineStarts[i]) + 1);
    }
}
