using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Scanner.Tests.Shared.SecurityHub;

/// <summary>
/// Validates ASFF documents generically against the Security Hub service model's shapes (asff-model.json, copied
/// from the AWS model by extract-asff-model.py): structures (required members, no unknown members), lists and maps
/// (item counts), strings (enum, pattern, lengths), numbers, booleans and timestamps — the same walk for every
/// member, so nothing is checked by hand per field.
/// </summary>
internal sealed class AsffModel
{
    private readonly Dictionary<string, JsonElement> _shapes;

    private AsffModel(JsonElement shapes) =>
        _shapes = shapes.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);

    public static AsffModel Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "SecurityHub", "asff-model.json");
        if (!File.Exists(path)) throw new FileNotFoundException("asff-model.json was not copied to the test output", path);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return new AsffModel(doc.RootElement.GetProperty("shapes"));
    }

    public int ShapeCount => _shapes.Count;

    /// <summary>
    /// Problems with an ASFF file as latticescan writes it: a JSON array of findings, each a valid
    /// <c>AwsSecurityFinding</c>, and every batch of 100 a valid <c>BatchImportFindingsRequest</c>. Empty when valid.
    /// </summary>
    public IReadOnlyList<string> ValidateFindingsArray(JsonElement document)
    {
        var errors = new List<string>();
        if (document.ValueKind != JsonValueKind.Array) return ["$: expected a JSON array of AwsSecurityFinding"];
        var findings = document.EnumerateArray().ToList();
        for (var i = 0; i < findings.Count; i += 100)
        {
            var batch = findings.Skip(i).Take(100).ToList();
            var request = JsonSerializer.SerializeToElement(new Dictionary<string, List<JsonElement>> { ["Findings"] = batch });
            Validate(request, "BatchImportFindingsRequest", null, $"batch[{i / 100}]", errors);
        }
        return errors;
    }

    /// <summary>Problems with one value against a named shape (empty when valid).</summary>
    public IReadOnlyList<string> Validate(JsonElement value, string shape)
    {
        var errors = new List<string>();
        Validate(value, shape, null, "$", errors);
        return errors;
    }

    private void Validate(JsonElement value, string shapeName, JsonElement? member, string path, List<string> errors)
    {
        if (!_shapes.TryGetValue(shapeName, out var shape))
        {
            errors.Add($"{path}: shape {shapeName} is not in the model");
            return;
        }
        var type = shape.GetProperty("type").GetString();
        switch (type)
        {
            case "structure":
                if (!Expect(value, JsonValueKind.Object, path, shapeName, errors)) return;
                var members = shape.TryGetProperty("members", out var m) ? m : default;
                if (shape.TryGetProperty("required", out var required))
                    foreach (var r in required.EnumerateArray())
                        if (!value.TryGetProperty(r.GetString()!, out _)) errors.Add($"{path}: {shapeName} requires {r.GetString()}");
                foreach (var p in value.EnumerateObject())
                {
                    if (members.ValueKind != JsonValueKind.Object || !members.TryGetProperty(p.Name, out var spec))
                    {
                        errors.Add($"{path}: {shapeName} has no member {p.Name}");
                        continue;
                    }
                    Validate(p.Value, spec.GetProperty("shape").GetString()!, spec, $"{path}.{p.Name}", errors);
                }
                break;
            case "list":
                if (!Expect(value, JsonValueKind.Array, path, shapeName, errors)) return;
                var count = value.GetArrayLength();
                CheckRange(count, Limit(shape, "min"), Limit(shape, "max"), path, "items", errors);
                CheckRange(count, Limit(member, "minItems"), Limit(member, "maxItems"), path, "items", errors);
                var index = 0;
                foreach (var item in value.EnumerateArray())
                    Validate(item, shape.GetProperty("member").GetString()!, null, $"{path}[{index++}]", errors);
                break;
            case "map":
                if (!Expect(value, JsonValueKind.Object, path, shapeName, errors)) return;
                var entries = value.EnumerateObject().ToList();
                CheckRange(entries.Count, Limit(shape, "min"), Limit(shape, "max") ?? Limit(member, "maxEntries"), path, "entries", errors);
                foreach (var e in entries)
                {
                    var keyPath = $"{path}[\"{e.Name}\"]";
                    Validate(JsonSerializer.SerializeToElement(e.Name), shape.GetProperty("key").GetString()!, null, keyPath + " (key)", errors);
                    CheckRange(e.Name.Length, null, Limit(member, "maxKeyLength"), keyPath, "key characters", errors);
                    Validate(e.Value, shape.GetProperty("value").GetString()!, null, keyPath, errors);
                    if (e.Value.ValueKind == JsonValueKind.String)
                        CheckRange(e.Value.GetString()!.Length, null, Limit(member, "maxValueLength"), keyPath, "value characters", errors);
                }
                break;
            case "string":
                if (!Expect(value, JsonValueKind.String, path, shapeName, errors)) return;
                var s = value.GetString()!;
                if (shape.TryGetProperty("enum", out var allowed) && allowed.EnumerateArray().All(a => a.GetString() != s))
                    errors.Add($"{path}: '{s}' is not one of {shapeName} ({string.Join(", ", allowed.EnumerateArray().Select(a => a.GetString()))})");
                if (shape.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(s, pattern.GetString()!, RegexOptions.Singleline))
                    errors.Add($"{path}: '{Short(s)}' does not match {shapeName} pattern {pattern.GetString()}");
                CheckRange(s.Length, Limit(shape, "min"), Limit(shape, "max"), path, "characters", errors);
                CheckRange(s.Length, Limit(member, "minLength"), Limit(member, "maxLength"), path, "characters", errors);
                break;
            case "integer" or "long":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out _)) errors.Add($"{path}: expected an integer ({shapeName})");
                break;
            case "double" or "float":
                Expect(value, JsonValueKind.Number, path, shapeName, errors);
                break;
            case "boolean":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) errors.Add($"{path}: expected a boolean ({shapeName})");
                break;
            case "timestamp":
                if (value.ValueKind != JsonValueKind.String
                    || !DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _))
                    errors.Add($"{path}: expected an ISO 8601 timestamp ({shapeName})");
                break;
            default:
                errors.Add($"{path}: shape type {type} of {shapeName} is not handled");
                break;
        }
    }

    private static bool Expect(JsonElement value, JsonValueKind kind, string path, string shape, List<string> errors)
    {
        if (value.ValueKind == kind) return true;
        errors.Add($"{path}: expected {kind} for {shape}, found {value.ValueKind}");
        return false;
    }

    private static long? Limit(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var v) ? v.GetInt64() : null;

    private static void CheckRange(long actual, long? min, long? max, string path, string what, List<string> errors)
    {
        if (min is { } lo && actual < lo) errors.Add($"{path}: {actual} {what}, at least {lo} allowed");
        if (max is { } hi && actual > hi) errors.Add($"{path}: {actual} {what}, at most {hi} allowed");
    }

    private static string Short(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
