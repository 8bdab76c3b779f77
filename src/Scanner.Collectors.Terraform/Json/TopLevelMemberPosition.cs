using System.Text;
using System.Text.Json;

namespace Scanner.Collectors.Terraform.Json;

/// <summary>Line and column (1-based; columns in bytes) of the value of one top-level member of a JSON document.</summary>
internal static class TopLevelMemberPosition
{
    public static (int Line, int Column) Find(ReadOnlySpan<byte> utf8, string name, int maxDepth)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) utf8 = utf8[3..];
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        var wanted = Encoding.UTF8.GetBytes(name);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals(wanted))
                {
                    if (!reader.Read()) return (0, 0);
                    return LineAndColumn(utf8, (int)reader.TokenStartIndex);
                }
                if (reader.CurrentDepth >= 1 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
            }
        }
        catch (JsonException)
        {
            // The document already parsed once; a failure here only costs the position.
        }
        return (0, 0);
    }

    private static (int, int) LineAndColumn(ReadOnlySpan<byte> utf8, int offset)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < offset; i++)
            if (utf8[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        return (line, offset - lineStart + 1);
    }
}
