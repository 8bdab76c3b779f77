using System.Text.Json;
using Scanner.Core.Aws;
using Scanner.Core.Collection;
using Scanner.Core.Files;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;

namespace Scanner.Pipeline.Snapshot;

/// <summary>
/// Reads an inventory snapshot. Malformed JSON, a file of another format, or a resource without kind/key is an
/// <see cref="InputException"/> naming the file (and line/column for syntax errors).
/// </summary>
public static class InventorySnapshotReader
{
    /// <summary>Largest snapshot accepted: 1 GiB. Nesting is limited to 128 levels.</summary>
    public const long MaxBytes = 1024L * 1024 * 1024;

    public static InventorySnapshot ReadFile(string path)
    {
        var bytes = InputFile.ReadAllBytes(path, MaxBytes, _ => new InputException(path, "file is larger than the 1 GiB snapshot limit"));
        return Read(bytes, path);
    }

    public static InventorySnapshot Read(ReadOnlyMemory<byte> json, string displayPath)
    {
        if (json.Length == 0) throw new InputException(displayPath, "file is empty");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 128 });
        }
        catch (JsonException e)
        {
            throw new InputException(displayPath, "invalid JSON: " + FirstSentence(e.Message), (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var f) || f.GetString() != InventorySnapshot.FormatName)
                throw new InputException(displayPath, $"not a latticescan inventory snapshot (expected \"format\": \"{InventorySnapshot.FormatName}\")");
            if (!root.TryGetProperty("version", out var v) || v.ValueKind != JsonValueKind.Number || v.GetInt32() != InventorySnapshot.FormatVersion)
                throw new InputException(displayPath, $"unsupported snapshot version (this scanner reads version {InventorySnapshot.FormatVersion})");

            var resources = new List<Resource>();
            if (root.TryGetProperty("resources", out var rs) && rs.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var r in rs.EnumerateArray()) resources.Add(ReadResource(r, displayPath, i++));
            }
            var org = OrganizationContext.None;
            if (root.TryGetProperty("organization", out var o) && o.ValueKind == JsonValueKind.Object)
                org = new OrganizationContext(Str(o, "id"), Strings(o, "accounts"), Strings(o, "organizationalUnits"));
            return new InventorySnapshot
            {
                Resources = resources,
                Organization = org,
                Accounts = Strings(root, "accounts"),
                Regions = Strings(root, "regions"),
                Diagnostics = root.TryGetProperty("diagnostics", out var ds) && ds.ValueKind == JsonValueKind.Array
                    ? ds.EnumerateArray().Select(ReadDiagnostic).ToList() : [],
                CollectedAt = Str(root, "collectedAt") is { } at && DateTimeOffset.TryParse(at, out var t) ? t : null,
            };
        }
    }

    private static Resource ReadResource(JsonElement r, string file, int index)
    {
        var kind = Str(r, "kind") ?? throw new InputException(file, $"resources[{index}] has no \"kind\"");
        var key = Str(r, "key") ?? Str(r, "arn") ?? throw new InputException(file, $"resources[{index}] has neither \"key\" nor \"arn\"");
        var origin = Str(r, "origin") switch
        {
            "terraform" => ResourceOrigin.Terraform,
            "cloudformation" => ResourceOrigin.CloudFormation,
            _ => ResourceOrigin.Aws,
        };
        var properties = r.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? ValueJson.Read(p) : Value.EmptyMap;
        var references = new List<ResourceReference>();
        if (r.TryGetProperty("references", out var refs) && refs.ValueKind == JsonValueKind.Array)
            foreach (var x in refs.EnumerateArray())
                if (Str(x, "relation") is { } rel) references.Add(new ResourceReference(rel, Str(x, "target")));
        SourceLocation? location = null;
        if (r.TryGetProperty("location", out var l) && l.ValueKind == JsonValueKind.Object && Str(l, "file") is { } lf)
            location = new SourceLocation(lf, Int(l, "line"), Int(l, "column"), Str(l, "logicalName"));
        var suppressions = new Dictionary<string, string>(StringComparer.Ordinal);
        if (r.TryGetProperty("inlineSuppressions", out var s) && s.ValueKind == JsonValueKind.Object)
            foreach (var e in s.EnumerateObject()) suppressions[e.Name] = e.Value.GetString() ?? "";
        return new Resource(kind, key, origin, properties)
        {
            Arn = Str(r, "arn"),
            Id = Str(r, "id"),
            Name = Str(r, "name"),
            Address = Str(r, "address"),
            AccountId = Str(r, "accountId") ?? Arn.AccountOf(Str(r, "arn")),
            Region = Str(r, "region") ?? (Arn.TryParse(Str(r, "arn")) is { Region.Length: > 0 } a ? a.Region : null),
            Location = location,
            Aliases = Strings(r, "aliases"),
            References = references,
            InlineSuppressions = suppressions,
        };
    }

    private static ScanDiagnostic ReadDiagnostic(JsonElement d) => new()
    {
        Level = Str(d, "level") ?? "error",
        Code = Str(d, "code") ?? "Unknown",
        Message = Str(d, "message") ?? "",
        AccountId = Str(d, "accountId"),
        Region = Str(d, "region"),
        Api = Str(d, "api"),
        File = Str(d, "file"),
        Line = Int(d, "line"),
        Column = Int(d, "column"),
    };

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : 0;

    private static IReadOnlyList<string> Strings(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : [];

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (i > 0 ? message[..i] : message).Trim();
    }
}
