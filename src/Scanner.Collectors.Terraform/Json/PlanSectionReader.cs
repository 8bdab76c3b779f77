using System.Buffers;
using System.Text.Json;
using Scanner.Core.Collection;

namespace Scanner.Collectors.Terraform.Json;

/// <summary>
/// Walks a whole plan document once with <see cref="Utf8JsonReader"/> — syntax, nesting limit and repeated
/// properties are checked everywhere, as a full parse would — but materialises only what the collector reads:
/// the top level with <c>configuration</c> (see <see cref="PlanSections"/>). A 256 MiB plan is mostly
/// <c>planned_values</c>, <c>prior_state</c> and <c>resource_changes</c>; building a <see cref="JsonDocument"/> of all
/// of it held about as much again as the file, for the whole scan.
/// </summary>
internal static class PlanSectionReader
{
    /// <summary>Top-level sections kept whole in the skeleton; every other object or array becomes empty there.</summary>
    private static readonly string[] KeptSections = ["configuration", "Resources"];

    /// <param name="utf8">The document without a byte-order mark, not blank.</param>
    public static PlanSections Read(ReadOnlyMemory<byte> utf8, string file, TerraformPlanOptions options)
    {
        var span = utf8.Span;
        var skeleton = new ArrayBufferWriter<byte>();
        var entries = new List<(int Start, int Length)>();
        try
        {
            Walk(span, options.MaxDepth, skeleton, entries);
        }
        catch (JsonException e)
        {
            var (reason, line, column) = JsonErrorDescriber.Describe(e, span, options.MaxDepth);
            throw new InputException(file, reason, line, column, e);
        }
        catch (DuplicatePropertyException e)
        {
            // Terraform never writes a property twice, so it is an error, not "last wins".
            var (line, column) = JsonPositions.Position(span, e.Offset);
            throw new InputException(file, "duplicate property: an object names the same property twice (the value would be ambiguous)", line, column);
        }
        var document = skeleton.WrittenCount == 0
            ? JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = options.MaxDepth })
            : JsonDocument.Parse(skeleton.WrittenMemory, new JsonDocumentOptions { MaxDepth = options.MaxDepth });
        return new PlanSections(document, entries, Positions(span, entries));
    }

    /// <summary>
    /// Validates the document; writes the skeleton of an object root (nothing for another root, which is small
    /// enough to parse whole and is no plan anyway) and records the <c>resource_changes</c> elements.
    /// </summary>
    private static void Walk(ReadOnlySpan<byte> span, int maxDepth, ArrayBufferWriter<byte> skeleton, List<(int, int)> entries)
    {
        var reader = new Utf8JsonReader(span, new JsonReaderOptions { MaxDepth = maxDepth });
        var duplicates = new DuplicatePropertyTracker();
        if (!reader.Read()) return;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Value(ref reader, duplicates);
            while (reader.Read()) { } // trailing content is the reader's error
            return;
        }
        Check(ref reader, duplicates);
        skeleton.Write("{"u8);
        var first = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            Check(ref reader, duplicates);
            var nameStart = (int)reader.TokenStartIndex;
            var isChanges = reader.ValueTextEquals("resource_changes"u8);
            var keep = IsKept(ref reader);
            reader.Read();
            var valueStart = (int)reader.TokenStartIndex;
            var container = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
            var isArray = reader.TokenType == JsonTokenType.StartArray;
            if (isChanges && isArray) Changes(ref reader, duplicates, entries);
            else Value(ref reader, duplicates);
            var end = (int)reader.BytesConsumed;

            if (!first) skeleton.Write(","u8);
            first = false;
            skeleton.Write(span[nameStart..valueStart]);
            if (!container || keep) skeleton.Write(span[valueStart..end]);
            else skeleton.Write(isArray ? "[]"u8 : "{}"u8);
        }
        Check(ref reader, duplicates); // the root's end
        skeleton.Write("}"u8);
        while (reader.Read()) { }
    }

    private static bool IsKept(ref Utf8JsonReader reader)
    {
        foreach (var section in KeptSections)
            if (reader.ValueTextEquals(section)) return true;
        return false;
    }

    private static void Changes(ref Utf8JsonReader reader, DuplicatePropertyTracker duplicates, List<(int, int)> entries)
    {
        Check(ref reader, duplicates);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            Value(ref reader, duplicates);
            entries.Add((start, (int)reader.BytesConsumed - start));
        }
        Check(ref reader, duplicates);
    }

    /// <summary>Reads past the value at the reader (a scalar, or a whole object or array), checking every token.</summary>
    private static void Value(ref Utf8JsonReader reader, DuplicatePropertyTracker duplicates)
    {
        Check(ref reader, duplicates);
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return;
        var depth = reader.CurrentDepth;
        while (reader.Read())
        {
            Check(ref reader, duplicates);
            if (reader.CurrentDepth == depth && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray) return;
        }
    }

    private static void Check(ref Utf8JsonReader reader, DuplicatePropertyTracker duplicates)
    {
        if (!duplicates.Accept(ref reader)) throw new DuplicatePropertyException(reader.TokenStartIndex);
    }

    /// <summary>1-based line and byte column of each entry's first byte, in one pass over the text.</summary>
    private static List<(int Line, int Column)> Positions(ReadOnlySpan<byte> span, List<(int Start, int Length)> entries)
    {
        var result = new List<(int, int)>(entries.Count);
        int line = 1, lineStart = 0, scanned = 0;
        foreach (var (start, _) in entries)
        {
            for (var next = span[scanned..start].IndexOf((byte)'\n'); next >= 0; next = span[scanned..start].IndexOf((byte)'\n'))
            {
                line++;
                scanned += next + 1;
                lineStart = scanned;
            }
            scanned = start;
            result.Add((line, start - lineStart + 1));
        }
        return result;
    }

    private sealed class DuplicatePropertyException(long offset) : Exception
    {
        public long Offset { get; } = offset;
    }
}
