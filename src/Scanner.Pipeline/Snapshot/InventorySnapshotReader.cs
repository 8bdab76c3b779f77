using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Scanner.Core.Aws;
using Scanner.Core.Collection;
using Scanner.Core.Files;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Core.Schema;

namespace Scanner.Pipeline.Snapshot;

/// <summary>
/// Reads an inventory snapshot as strictly as a plan: invalid UTF-8, malformed JSON, a duplicate property, a value
/// of the wrong type, an unknown resource kind or origin, or two resources with one key are each an
/// <see cref="InputException"/> at <c>file:line:col</c>. Fields the writer may leave out are optional; a field
/// that is present must have its documented type (<c>docs/inventory-snapshot.md</c>).
/// </summary>
public static class InventorySnapshotReader
{
    /// <summary>Largest snapshot accepted: 1 GiB. Nesting is limited to 128 levels.</summary>
    public const long MaxBytes = 1024L * 1024 * 1024;

    private const int MaxDepth = 128;

    public static InventorySnapshot ReadFile(string path)
    {
        // The text is checked whole and let go; then the resources are read again from the file one at a time, so
        // the text and the inventory built from it (about the text's size) are never held together.
        var stamp = FileSlices.Stamp(path);
        var (sections, offset, size) = CheckFile(path);
        using (sections)
        {
            try
            {
                var budget = new InputMemoryBudget(path, size);
                return FileSlices.ReadAgain(path, stamp, offset, element => ReadRoot(sections.Skeleton.RootElement, element, sections.Elements, budget));
            }
            catch (SnapshotShapeException e)
            {
                // Only for the error's position: the text once more.
                var json = InputFile.ReadAllBytes(path, MaxBytes, _ => FileSlices.Changed(path)).AsMemory(offset);
                var (line, column) = JsonPositions.Locate(json.Span, e.JsonPath);
                throw new InputException(path, e.Message, line, column);
            }
        }
    }

    /// <summary>Reads and checks the file; its text is freed when this returns.</summary>
    private static (JsonSections Sections, int Offset, long Size) CheckFile(string path)
    {
        using var text = NativeText.Read(path, MaxBytes, _ => new InputException(path, "file is larger than the 1 GiB snapshot limit"));
        var (sections, offset) = Check(text.Memory, path);
        return (sections, offset, text.Length);
    }

    public static InventorySnapshot Read(ReadOnlyMemory<byte> json, string displayPath) => Read(json, displayPath, null);

    /// <param name="maxHeldBytes">Most memory (estimated bytes) the inventory read may hold; null: <see cref="InputMemoryBudget.For"/> the text's size.</param>
    internal static InventorySnapshot Read(ReadOnlyMemory<byte> json, string displayPath, long? maxHeldBytes)
    {
        var budget = new InputMemoryBudget(displayPath, json.Length, maxHeldBytes);
        var (sections, offset) = Check(json, displayPath);
        json = json[offset..];
        using (sections)
        {
            try
            {
                return ReadRoot(sections.Skeleton.RootElement, (start, length) => json.Slice(start, length), sections.Elements, budget);
            }
            catch (SnapshotShapeException e)
            {
                var (line, column) = JsonPositions.Locate(json.Span, e.JsonPath);
                throw new InputException(displayPath, e.Message, line, column);
            }
        }
    }

    /// <summary>
    /// Checks the whole text (UTF-8, JSON syntax, nesting, repeated properties) and splits it: the top level as a
    /// small document, the <c>resources</c> elements as positions after the byte-order mark (its length is returned).
    /// </summary>
    private static (JsonSections Sections, int Offset) Check(ReadOnlyMemory<byte> json, string displayPath)
    {
        var offset = json.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        json = json[offset..];
        if (json.Span.TrimStart(" \t\r\n"u8).IsEmpty) throw new InputException(displayPath, "file is empty");
        if (!Utf8.IsValid(json.Span))
        {
            var (line, column) = JsonPositions.Position(json.Span, JsonPositions.FirstInvalidUtf8(json.Span));
            throw new InputException(displayPath, "not UTF-8 text (invalid byte sequence)", line, column);
        }
        // The document is checked whole but never built whole: resources are parsed and converted one at a time.
        JsonSections sections;
        try
        {
            sections = JsonSectionReader.Read(json, MaxDepth, "resources");
        }
        catch (JsonDuplicatePropertyException e)
        {
            var (line, column) = JsonPositions.Position(json.Span, e.Offset);
            throw new InputException(displayPath, "duplicate property: an object names the same property twice (the value would be ambiguous)", line, column);
        }
        catch (JsonException e)
        {
            throw new InputException(displayPath, "invalid JSON: " + FirstSentence(e.Message), (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
        }
        return (sections, offset);
    }

    /// <param name="element">The text of the <c>resources</c> element at a start and length; valid until the next call.</param>
    /// <param name="budget">The snapshot's memory budget: each resource is held in it as it is read.</param>
    private static InventorySnapshot ReadRoot(JsonElement root, Func<int, int, ReadOnlyMemory<byte>> element, IReadOnlyList<(int Start, int Length)> elements,
        InputMemoryBudget budget)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var f) || f.ValueKind != JsonValueKind.String || f.GetString() != InventorySnapshot.FormatName)
            throw new SnapshotShapeException(root.ValueKind == JsonValueKind.Object && root.TryGetProperty("format", out _) ? ["format"] : [],
                $"not a latticescan inventory snapshot (expected \"format\": \"{InventorySnapshot.FormatName}\")");
        if (!root.TryGetProperty("version", out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var version) || version != InventorySnapshot.FormatVersion)
            throw new SnapshotShapeException(root.TryGetProperty("version", out _) ? ["version"] : [],
                $"unsupported snapshot version (this scanner reads version {InventorySnapshot.FormatVersion})");
        CheckFields(root, [], "format", "version", "collectedAt", "organization", "accounts", "regions", "resources", "diagnostics");

        Require(root, [], "resources", JsonValueKind.Array, "an array");
        var resources = new List<Resource>(elements.Count);
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        var options = new JsonDocumentOptions { MaxDepth = MaxDepth };
        var texts = new SnapshotTexts();
        foreach (var (start, length) in elements)
        {
            using var document = JsonDocument.Parse(element(start, length), options);
            var resource = ReadResource(document.RootElement, i, texts);
            if (!keys.TryAdd(resource.Key, i))
                throw new SnapshotShapeException(["resources", i, "key"], $"resources[{i}] has the key of resources[{keys[resource.Key]}] ({Excerpt(resource.Key)}); each resource appears once");
            budget.Add(resource, texts.Values);
            resources.Add(resource);
            i++;
        }

        var org = OrganizationContext.None;
        if (Optional(root, [], "organization", JsonValueKind.Object, "an object") is { } o)
        {
            CheckFields(o, ["organization"], "id", "accounts", "organizationalUnits");
            org = new OrganizationContext(Str(o, ["organization"], "id"), Strings(o, ["organization"], "accounts"), Strings(o, ["organization"], "organizationalUnits"));
        }
        var diagnostics = new List<ScanDiagnostic>();
        if (Optional(root, [], "diagnostics", JsonValueKind.Array, "an array") is { } ds)
        {
            var d = 0;
            foreach (var item in ds.EnumerateArray()) diagnostics.Add(ReadDiagnostic(item, d++));
        }
        DateTimeOffset? collectedAt = null;
        if (Str(root, [], "collectedAt") is { } at)
            collectedAt = DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var t)
                ? t : throw new SnapshotShapeException(["collectedAt"], "\"collectedAt\" must be an ISO 8601 date and time");
        return new InventorySnapshot
        {
            Resources = resources,
            Organization = org,
            Accounts = Strings(root, [], "accounts"),
            Regions = Strings(root, [], "regions"),
            Diagnostics = diagnostics,
            CollectedAt = collectedAt,
        };
    }

    private static Resource ReadResource(JsonElement r, int index, SnapshotTexts texts)
    {
        object[] at = ["resources", index];
        if (r.ValueKind != JsonValueKind.Object) throw new SnapshotShapeException(at, $"resources[{index}] must be an object");
        CheckFields(r, at, "kind", "key", "origin", "arn", "id", "name", "address", "accountId", "region", "location", "aliases", "properties", "references", "inlineSuppressions");
        var kind = texts.Short(Str(r, at, "kind")) ?? throw new SnapshotShapeException(at, $"resources[{index}] has no \"kind\"");
        if (InventorySchema.Default.Kind(kind) is null)
            throw new SnapshotShapeException([.. at, "kind"], $"resources[{index}]: unknown kind {Excerpt(kind)} (known: {string.Join(", ", InventorySchema.Default.Kinds.Select(k => k.Kind).Order(StringComparer.Ordinal))})");
        var arn = texts.Identifier(Str(r, at, "arn"));
        var key = texts.Identifier(Str(r, at, "key")) ?? arn ?? throw new SnapshotShapeException(at, $"resources[{index}] has neither \"key\" nor \"arn\"");
        var origin = Str(r, at, "origin") switch
        {
            null or "aws" => ResourceOrigin.Aws,
            "terraform" => ResourceOrigin.Terraform,
            "cloudformation" => ResourceOrigin.CloudFormation,
            var other => throw new SnapshotShapeException([.. at, "origin"], $"resources[{index}]: unknown origin {Excerpt(other)} (aws, terraform, cloudformation)"),
        };
        var properties = Optional(r, at, "properties", JsonValueKind.Object, "an object") is { } p ? texts.Values.Share(ValueJson.Read(p, texts.Values)) : Value.EmptyMap;
        ResourceReference[] references = [];
        if (Optional(r, at, "references", JsonValueKind.Array, "an array") is { } refs)
        {
            references = new ResourceReference[refs.GetArrayLength()];
            var j = 0;
            foreach (var x in refs.EnumerateArray())
            {
                object[] refAt = [.. at, "references", j];
                if (x.ValueKind != JsonValueKind.Object) throw new SnapshotShapeException(refAt, "a reference must be an object");
                CheckFields(x, refAt, "relation", "target");
                var relation = Str(x, refAt, "relation") ?? throw new SnapshotShapeException(refAt, "a reference has no \"relation\"");
                // A snapshot names its relations as text, read generically; no declaration can stand for a name read from a file.
                references[j++] = new ResourceReference(texts.Short(relation)!, texts.Identifier(Str(x, refAt, "target")));
            }
        }
        SourceLocation? location = null;
        if (Optional(r, at, "location", JsonValueKind.Object, "an object") is { } l)
        {
            object[] locAt = [.. at, "location"];
            CheckFields(l, locAt, "file", "line", "column", "logicalName");
            var file = texts.Identifier(Str(l, locAt, "file")) ?? throw new SnapshotShapeException(locAt, "a location has no \"file\"");
            location = new SourceLocation(file, Int(l, locAt, "line"), Int(l, locAt, "column"), texts.Identifier(Str(l, locAt, "logicalName")));
        }
        IReadOnlyDictionary<string, string> suppressions = ReadOnlyDictionary<string, string>.Empty;
        if (Optional(r, at, "inlineSuppressions", JsonValueKind.Object, "an object") is { } s && s.EnumerateObject().MoveNext())
        {
            var read = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var e in s.EnumerateObject())
                read[e.Name] = e.Value.ValueKind == JsonValueKind.String
                    ? e.Value.GetString()!
                    : throw new SnapshotShapeException([.. at, "inlineSuppressions", e.Name], "an inline suppression's reason must be a string");
            suppressions = read;
        }
        return new Resource(kind, key, origin, properties)
        {
            Arn = arn,
            Id = texts.Identifier(Str(r, at, "id")),
            Name = texts.Short(Str(r, at, "name")),
            Address = texts.Identifier(Str(r, at, "address")),
            AccountId = texts.Short(Str(r, at, "accountId") ?? Arn.AccountOf(arn)),
            Region = texts.Short(Str(r, at, "region") ?? (Arn.TryParse(arn) is { Region.Length: > 0 } a ? a.Region : null)),
            Location = location,
            Aliases = texts.Identifiers(Strings(r, at, "aliases")),
            References = texts.Values.Share(references),
            InlineSuppressions = suppressions,
        };
    }

    private static ScanDiagnostic ReadDiagnostic(JsonElement d, int index)
    {
        object[] at = ["diagnostics", index];
        if (d.ValueKind != JsonValueKind.Object) throw new SnapshotShapeException(at, $"diagnostics[{index}] must be an object");
        CheckFields(d, at, "level", "code", "message", "accountId", "region", "api", "file", "line", "column");
        var levelText = Str(d, at, "level") ?? "error";
        if (!DiagnosticLevelNames.TryParse(levelText, out var level))
            throw new SnapshotShapeException([.. at, "level"], $"diagnostics[{index}]: level {Excerpt(levelText)} must be error, warning or note");
        return new ScanDiagnostic
        {
            Level = level,
            Code = Str(d, at, "code") ?? "Unknown",
            Message = Str(d, at, "message") ?? "",
            AccountId = Str(d, at, "accountId"),
            Region = Str(d, at, "region"),
            Api = Str(d, at, "api"),
            File = Str(d, at, "file"),
            Line = Int(d, at, "line"),
            Column = Int(d, at, "column"),
        };
    }

    /// <summary>An unknown field is most likely a typo or a file of another tool; either way it must not be dropped silently.</summary>
    private static void CheckFields(JsonElement e, object[] at, params string[] known)
    {
        foreach (var p in e.EnumerateObject())
            if (Array.IndexOf(known, p.Name) < 0)
                throw new SnapshotShapeException([.. at, p.Name], $"unknown field {Excerpt(p.Name)} (expected {string.Join(", ", known)})");
    }

    private static JsonElement Require(JsonElement e, object[] at, string name, JsonValueKind kind, string what) =>
        Optional(e, at, name, kind, what) ?? throw new SnapshotShapeException(at, $"\"{name}\" is missing; it must be {what}");

    private static JsonElement? Optional(JsonElement e, object[] at, string name, JsonValueKind kind, string what)
    {
        if (!e.TryGetProperty(name, out var v)) return null;
        return v.ValueKind == kind ? v : throw new SnapshotShapeException([.. at, name], $"\"{name}\" must be {what}, not {Describe(v.ValueKind)}");
    }

    private static string? Str(JsonElement e, object[] at, string name)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        return v.ValueKind == JsonValueKind.String ? v.GetString() : throw new SnapshotShapeException([.. at, name], $"\"{name}\" must be a string, not {Describe(v.ValueKind)}");
    }

    private static int Int(JsonElement e, object[] at, string name)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return 0;
        return v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) && i >= 0
            ? i : throw new SnapshotShapeException([.. at, name], $"\"{name}\" must be a non-negative integer");
    }

    private static IReadOnlyList<string> Strings(JsonElement e, object[] at, string name)
    {
        if (Optional(e, at, name, JsonValueKind.Array, "an array of strings") is not { } array) return [];
        var result = new List<string>(array.GetArrayLength());
        var i = 0;
        foreach (var x in array.EnumerateArray())
        {
            if (x.ValueKind != JsonValueKind.String) throw new SnapshotShapeException([.. at, name, i], $"\"{name}\" must hold strings only, not {Describe(x.ValueKind)}");
            result.Add(x.GetString()!);
            i++;
        }
        return result;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    /// <summary>At most 60 characters of a value from the file, quoted: error lines never carry a whole input value.</summary>
    private static string Excerpt(string value) =>
        "'" + (value.Length > 60 ? value[..57] + "…" : value).ReplaceLineEndings(" ") + "'";

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (i > 0 ? message[..i] : message).Trim();
    }

    /// <summary>
    /// One copy of each text a snapshot repeats: kinds, regions, accounts and property names and values (short texts),
    /// and keys, addresses and ids, which come back as other resources' reference targets, aliases and logical names.
    /// Lives while one snapshot is read.
    /// </summary>
    private sealed class SnapshotTexts
    {
        private readonly HashSet<string> _identifiers = new(StringComparer.Ordinal);

        public ValuePool Values { get; } = new();

        public string? Short(string? text) => text is null ? null : Values.Strings.Intern(text);

        public string? Identifier(string? text)
        {
            if (text is null) return null;
            if (_identifiers.TryGetValue(text, out var known)) return known;
            _identifiers.Add(text);
            return text;
        }

        public IReadOnlyList<string> Identifiers(IReadOnlyList<string> texts)
        {
            if (texts.Count == 0) return [];
            var result = new string[texts.Count];
            for (var i = 0; i < result.Length; i++) result[i] = Identifier(texts[i])!;
            return result;
        }
    }
}
