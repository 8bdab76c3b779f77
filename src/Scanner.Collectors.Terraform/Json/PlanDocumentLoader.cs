using System.Text;
using System.Text.Json;
using Scanner.Core.Collection;
using Scanner.Core.Files;

namespace Scanner.Collectors.Terraform.Json;

/// <summary>
/// Reads and parses a plan document within the configured limits. Every failure is an
/// <see cref="InputException"/> naming the file (and the position, for malformed JSON).
/// </summary>
internal static class PlanDocumentLoader
{
    public static byte[] ReadFile(string path, TerraformPlanOptions options)
    {
        if (Directory.Exists(path)) throw new InputException(path, "is a directory, not a plan JSON file");
        return InputFile.ReadAllBytes(path, options.MaxDocumentBytes, size => TooLarge(path, size, options));
    }

    public static byte[] FromText(string json, string displayPath, TerraformPlanOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        // Cheap bound first (a char is at most 3 UTF-8 bytes) so a huge string is rejected before encoding.
        if (json.Length > options.MaxDocumentBytes && Encoding.UTF8.GetByteCount(json) > options.MaxDocumentBytes)
            throw TooLarge(displayPath, Encoding.UTF8.GetByteCount(json), options);
        var bytes = Encoding.UTF8.GetBytes(json);
        if (bytes.Length > options.MaxDocumentBytes) throw TooLarge(displayPath, bytes.Length, options);
        return bytes;
    }

    /// <summary>Parses UTF-8 bytes (a leading BOM is skipped).</summary>
    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8, string file, TerraformPlanOptions options)
    {
        if (utf8.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) utf8 = utf8[3..];
        if (utf8.Span.TrimStart(" \t\r\n"u8).IsEmpty)
            throw new InputException(file, "empty file: expected Terraform plan JSON (terraform show -json PLANFILE)");
        try
        {
            return JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = options.MaxDepth, AllowDuplicateProperties = false });
        }
        catch (JsonException e) when (e.LineNumber is null && JsonPositions.FirstDuplicateProperty(utf8.Span) is { } duplicate)
        {
            // The parser names no position for a repeated property; Terraform never writes one, so it is an error, not "last wins".
            var (line, column) = JsonPositions.Position(utf8.Span, duplicate);
            throw new InputException(file, "duplicate property: an object names the same property twice (the value would be ambiguous)", line, column, e);
        }
        catch (JsonException e)
        {
            var (reason, line, column) = JsonErrorDescriber.Describe(e, utf8.Span, options.MaxDepth);
            throw new InputException(file, reason, line, column, e);
        }
    }

    private static InputException TooLarge(string file, long? size, TerraformPlanOptions options) =>
        new(file, $"file is {(size is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "more than " + options.MaxDocumentBytes)} bytes, larger than the limit of {options.MaxDocumentBytes} bytes (TerraformPlanOptions.MaxDocumentBytes)");
}
