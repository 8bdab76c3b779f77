using System.Text.Json;

namespace Scanner.Collectors.Terraform.Json;

/// <summary>
/// Line and column (1-based; columns in bytes) where each <c>resource_changes[]</c> entry starts, for the
/// plan-file fallback location. <see cref="JsonDocument"/> keeps no positions, so one forward
/// <see cref="Utf8JsonReader"/> pass finds them, computed only when some resource has no <c>.tf</c> location.
/// </summary>
internal static class ResourceChangePositions
{
    public static List<(int Line, int Column)> Find(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var result = new List<(int, int)>();
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) utf8 = utf8[3..];
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        var inChanges = false;
        int line = 1;
        long lineStart = 0, scanned = 0;
        try
        {
            while (reader.Read())
            {
                if (!inChanges)
                {
                    if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("resource_changes"u8))
                    {
                        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray) return result;
                        inChanges = true;
                    }
                    else if (reader.CurrentDepth >= 1 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        reader.Skip();
                    }
                    continue;
                }
                if (reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == 1) return result;
                var start = reader.TokenStartIndex;
                for (; scanned < start; scanned++)
                    if (utf8[(int)scanned] == '\n')
                    {
                        line++;
                        lineStart = scanned + 1;
                    }
                result.Add((line, (int)(start - lineStart) + 1));
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
            }
        }
        catch (JsonException)
        {
            // The document already parsed once; a failure here only costs the precise line.
        }
        return result;
    }
}
