using System.Text;
using Scanner.Core.Collection;
using Scanner.Core.Files;

namespace Scanner.Collectors.Terraform.Json;

/// <summary>
/// Reads and parses a plan document within the configured limits. Every failure is an
/// <see cref="InputException"/> naming the file (and the position, for malformed JSON).
/// </summary>
internal static class PlanDocumentLoader
{
    /// <summary>The file's bytes outside the GC heap (see <see cref="NativeText"/>); the caller disposes them once checked.</summary>
    public static NativeText ReadFile(string path, TerraformPlanOptions options)
    {
        if (Directory.Exists(path)) throw new InputException(path, "is a directory, not a plan JSON file");
        return NativeText.Read(path, options.MaxDocumentBytes, size => TooLarge(path, size, options));
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

    /// <summary>
    /// Reads the document's sections (see <see cref="PlanSectionReader"/>); a leading BOM is skipped. The caller may drop
    /// <paramref name="utf8"/> once it has read the <c>resource_changes</c> entries from <see cref="JsonSections.Elements"/>.
    /// </summary>
    public static JsonSections Read(ReadOnlyMemory<byte> utf8, string file, TerraformPlanOptions options) =>
        PlanSectionReader.Read(Content(utf8, file), file, options);

    /// <summary>The bytes after a byte-order mark; an empty or blank document is an input error.</summary>
    public static ReadOnlyMemory<byte> Content(ReadOnlyMemory<byte> utf8, string file)
    {
        if (utf8.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) utf8 = utf8[3..];
        if (utf8.Span.TrimStart(" \t\r\n"u8).IsEmpty)
            throw new InputException(file, "empty file: expected Terraform plan JSON (terraform show -json PLANFILE)");
        return utf8;
    }

    private static InputException TooLarge(string file, long? size, TerraformPlanOptions options) =>
        new(file, $"file is {(size is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "more than " + options.MaxDocumentBytes)} bytes, larger than the limit of {options.MaxDocumentBytes} bytes (TerraformPlanOptions.MaxDocumentBytes)");
}
