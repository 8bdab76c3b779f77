using System.Buffers;
using System.Text.Json;

namespace Scanner.Core.Collection;

/// <summary>
/// Walks a whole JSON document once with <see cref="Utf8JsonReader"/> — syntax, the nesting limit and repeated
/// properties are checked everywhere, as a full parse would — but materialises only the top level (see
/// <see cref="JsonSections"/>): one large array (a plan's <c>resource_changes</c>, a snapshot's <c>resources</c>) is
/// left to be parsed one element at a time. A <see cref="JsonDocument"/> of a whole large input holds about as much
/// again as the text, for as long as any element of it is in use.
/// </summary>
public static class JsonSectionReader
{
    /// <param name="utf8">The document without a byte-order mark.</param>
    /// <param name="maxDepth">Nesting limit for the whole document.</param>
    /// <param name="splitArray">The top-level member whose elements are read one at a time (when it is an array).</param>
    /// <param name="keptSections">
    /// When given, the only other top-level objects and arrays the skeleton keeps; every other one becomes an empty
    /// value of the same JSON type (its type stays visible, its content was checked). Null keeps them all.
    /// </param>
    /// <exception cref="JsonException">Malformed JSON or nesting beyond <paramref name="maxDepth"/> (the reader's own exception).</exception>
    /// <exception cref="JsonDuplicatePropertyException">An object names a property twice.</exception>
    public static JsonSections Read(ReadOnlyMemory<byte> utf8, int maxDepth, string splitArray, IReadOnlyList<string>? keptSections = null)
    {
        var span = utf8.Span;
        var skeleton = new ArrayBufferWriter<byte>();
        var elements = new List<(int Start, int Length)>();
        new Walker(splitArray, keptSections).Walk(span, maxDepth, skeleton, elements);
        var options = new JsonDocumentOptions { MaxDepth = maxDepth };
        // A root that is not an object is parsed whole, from a copy: the document must not depend on the caller's
        // memory, which may be freed once the check is done (NativeText).
        var document = skeleton.WrittenCount == 0 ? JsonDocument.Parse(utf8.ToArray(), options) : JsonDocument.Parse(skeleton.WrittenMemory, options);
        return new JsonSections(document, elements, Positions(span, elements));
    }

    private sealed class Walker(string splitArray, IReadOnlyList<string>? keptSections)
    {
        private readonly DuplicatePropertyTracker _duplicates = new();

        /// <summary>
        /// Validates the document; writes the skeleton of an object root (nothing for another root, which is parsed
        /// whole: it is not the expected document anyway) and records the split array's elements.
        /// </summary>
        public void Walk(ReadOnlySpan<byte> span, int maxDepth, ArrayBufferWriter<byte> skeleton, List<(int, int)> elements)
        {
            var reader = new Utf8JsonReader(span, new JsonReaderOptions { MaxDepth = maxDepth });
            if (!reader.Read()) return;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Value(ref reader);
                while (reader.Read()) { } // trailing content is the reader's error
                return;
            }
            Check(ref reader);
            skeleton.Write("{"u8);
            var first = true;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                Check(ref reader);
                var nameStart = (int)reader.TokenStartIndex;
                var isSplit = reader.ValueTextEquals(splitArray);
                var keep = IsKept(ref reader);
                reader.Read();
                var valueStart = (int)reader.TokenStartIndex;
                var isArray = reader.TokenType == JsonTokenType.StartArray;
                var container = isArray || reader.TokenType == JsonTokenType.StartObject;
                if (isSplit && isArray) Elements(ref reader, elements);
                else Value(ref reader);
                var end = (int)reader.BytesConsumed;

                if (!first) skeleton.Write(","u8);
                first = false;
                skeleton.Write(span[nameStart..valueStart]);
                if (!container || (keep && !isSplit)) skeleton.Write(span[valueStart..end]);
                else skeleton.Write(isArray ? "[]"u8 : "{}"u8);
            }
            Check(ref reader); // the root's end
            skeleton.Write("}"u8);
            while (reader.Read()) { }
        }

        private bool IsKept(ref Utf8JsonReader reader)
        {
            if (keptSections is null) return true;
            foreach (var section in keptSections)
                if (reader.ValueTextEquals(section)) return true;
            return false;
        }

        private void Elements(ref Utf8JsonReader reader, List<(int, int)> elements)
        {
            Check(ref reader);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                Value(ref reader);
                elements.Add((start, (int)reader.BytesConsumed - start));
            }
            Check(ref reader);
        }

        /// <summary>Reads past the value at the reader (a scalar, or a whole object or array), checking every token.</summary>
        private void Value(ref Utf8JsonReader reader)
        {
            Check(ref reader);
            if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return;
            var depth = reader.CurrentDepth;
            while (reader.Read())
            {
                Check(ref reader);
                if (reader.CurrentDepth == depth && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray) return;
            }
        }

        private void Check(ref Utf8JsonReader reader)
        {
            if (!_duplicates.Accept(ref reader)) throw new JsonDuplicatePropertyException(reader.TokenStartIndex);
        }
    }

    /// <summary>1-based line and byte column of each element's first byte, in one pass over the text.</summary>
    private static List<(int Line, int Column)> Positions(ReadOnlySpan<byte> span, List<(int Start, int Length)> elements)
    {
        var result = new List<(int, int)>(elements.Count);
        int line = 1, lineStart = 0, scanned = 0;
        foreach (var (start, _) in elements)
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
}
