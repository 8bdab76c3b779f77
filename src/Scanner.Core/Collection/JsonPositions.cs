using System.Text.Json;

namespace Scanner.Core.Collection;

/// <summary>
/// Finds where a value sits in a JSON document (1-based line, byte column), given its path of property names and
/// array indexes. Used only to locate an error, so a reader can keep the fast <see cref="JsonDocument"/> (which
/// forgets positions) and still report <c>file:line:col</c>. A path that does not exist locates its deepest
/// existing parent.
/// </summary>
public static class JsonPositions
{
    public static (int Line, int Column) Locate(ReadOnlySpan<byte> json, IReadOnlyList<object> path)
    {
        var offset = 0L;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 1024 });
            if (reader.Read()) Seek(ref reader, path, 0, ref offset);
        }
        catch (JsonException)
        {
            // A malformed document is reported by the parser, not here: keep the best offset found.
        }
        return Position(json, offset);
    }

    /// <summary>Where the first property name repeated within one object starts (offset), or null when there is none.</summary>
    public static long? FirstDuplicateProperty(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 1024 });
        var open = new Stack<HashSet<string>?>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject: open.Push(new HashSet<string>(StringComparer.Ordinal)); break;
                    case JsonTokenType.StartArray: open.Push(null); break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray: open.Pop(); break;
                    case JsonTokenType.PropertyName when !open.Peek()!.Add(reader.GetString()!): return reader.TokenStartIndex;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Malformed input is the parser's to report.
        }
        return null;
    }

    /// <summary>Offset of the first byte that does not start a valid UTF-8 sequence (the length when all are valid).</summary>
    public static long FirstInvalidUtf8(ReadOnlySpan<byte> data)
    {
        var offset = 0;
        while (offset < data.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(data[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done) return offset;
            offset += consumed;
        }
        return offset;
    }

    /// <summary>1-based line and byte column of <paramref name="offset"/>.</summary>
    public static (int Line, int Column) Position(ReadOnlySpan<byte> json, long offset)
    {
        var before = json[..(int)Math.Min(offset, json.Length)];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, before.Length - lineStart + 1);
    }

    private static bool Seek(ref Utf8JsonReader reader, IReadOnlyList<object> path, int depth, ref long offset)
    {
        offset = reader.TokenStartIndex;
        if (depth == path.Count) return true;
        switch (path[depth])
        {
            case string name when reader.TokenType == JsonTokenType.StartObject:
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var match = reader.ValueTextEquals(name);
                    var nameOffset = reader.TokenStartIndex;
                    reader.Read();
                    if (match)
                    {
                        offset = nameOffset;
                        return Seek(ref reader, path, depth + 1, ref offset);
                    }
                    reader.Skip();
                }
                return false;
            case int index when reader.TokenType == JsonTokenType.StartArray:
                for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
                {
                    if (i == index) return Seek(ref reader, path, depth + 1, ref offset);
                    reader.Skip();
                }
                return false;
            default:
                return false;
        }
    }
}
