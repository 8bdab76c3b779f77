using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Scanner.AwsEmulator.Validation;

/// <summary>
/// Checks a decoded input (member names as the model spells them) against its shape, the way the services' request
/// validation does: required members, unknown members, types, enums, string and list lengths, patterns, numeric ranges.
/// Messages follow the services' "Value … at '…' failed to satisfy constraint: …" form.
/// </summary>
internal static class ShapeValidator
{
    private static readonly ConcurrentDictionary<string, Regex?> Patterns = new(StringComparer.Ordinal);

    public static void Validate(ServiceModel model, string shapeName, JsonNode? value, string path, List<RequestViolation> violations)
    {
        var shape = model.Shape(shapeName);
        var type = shape.GetProperty("type").GetString();
        switch (type)
        {
            case "structure":
                if (value is not JsonObject obj)
                {
                    violations.Add(new(ViolationKind.InvalidType, path, $"Value at '{path}' must be a structure"));
                    return;
                }
                var members = shape.TryGetProperty("members", out var m) ? m : default;
                if (shape.TryGetProperty("required", out var required))
                    foreach (var r in required.EnumerateArray().Select(x => x.GetString()!))
                        if (obj[r] is null)
                            violations.Add(new(ViolationKind.MissingRequired, Join(path, r), $"Value null at '{Join(path, r)}' failed to satisfy constraint: Member must not be null"));
                foreach (var (name, child) in obj)
                {
                    if (members.ValueKind != JsonValueKind.Object || !members.TryGetProperty(name, out var member))
                    {
                        violations.Add(new(ViolationKind.UnknownMember, Join(path, name), $"'{Join(path, name)}' is not a member of {shapeName}"));
                        continue;
                    }
                    if (child is not null) Validate(model, member.GetProperty("shape").GetString()!, child, Join(path, name), violations);
                }
                break;
            case "list":
                if (value is not JsonArray array)
                {
                    violations.Add(new(ViolationKind.InvalidType, path, $"Value at '{path}' must be a list"));
                    return;
                }
                Length(shape, array.Count, path, "length", violations);
                var element = shape.GetProperty("member").GetProperty("shape").GetString()!;
                for (var i = 0; i < array.Count; i++) Validate(model, element, array[i], $"{path}.{i + 1}.member", violations);
                break;
            case "map":
                if (value is not JsonObject map)
                {
                    violations.Add(new(ViolationKind.InvalidType, path, $"Value at '{path}' must be a map"));
                    return;
                }
                foreach (var (key, v) in map) Validate(model, shape.GetProperty("value").GetProperty("shape").GetString()!, v, Join(path, key), violations);
                break;
            case "string":
                if (value is not JsonValue sv || sv.GetValueKind() != JsonValueKind.String)
                {
                    violations.Add(new(ViolationKind.InvalidType, path, $"Value at '{path}' must be a string"));
                    return;
                }
                String(shape, sv.GetValue<string>(), path, violations);
                break;
            case "integer" or "long":
                if (value is not JsonValue nv || nv.GetValueKind() != JsonValueKind.Number || !nv.TryGetValue<long>(out var n))
                {
                    violations.Add(new(ViolationKind.InvalidType, path, $"Value '{value?.ToJsonString()}' at '{path}' must be an integer"));
                    return;
                }
                if (shape.TryGetProperty("min", out var min) && n < min.GetInt64())
                    violations.Add(new(ViolationKind.OutOfRange, path, $"Value '{n}' at '{path}' failed to satisfy constraint: Member must have value greater than or equal to {min}"));
                if (shape.TryGetProperty("max", out var max) && n > max.GetInt64())
                    violations.Add(new(ViolationKind.OutOfRange, path, $"Value '{n}' at '{path}' failed to satisfy constraint: Member must have value less than or equal to {max}", AboveMaximum: true));
                break;
            case "boolean":
                if (value is not JsonValue bv || bv.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
                    violations.Add(new(ViolationKind.InvalidType, path, $"Value '{value?.ToJsonString()}' at '{path}' must be a boolean"));
                break;
        }
    }

    private static void String(JsonElement shape, string s, string path, List<RequestViolation> violations)
    {
        if (shape.TryGetProperty("enum", out var e) && e.EnumerateArray().All(x => x.GetString() != s))
            violations.Add(new(ViolationKind.InvalidEnum, path,
                $"Value '{s}' at '{path}' failed to satisfy constraint: Member must satisfy enum value set: [{string.Join(", ", e.EnumerateArray().Select(x => x.GetString()))}]"));
        Length(shape, s.Length, path, "length", violations, s);
        if (shape.TryGetProperty("pattern", out var p) && Pattern(p.GetString()!) is { } regex && !regex.IsMatch(s))
            violations.Add(new(ViolationKind.InvalidPattern, path,
                $"Value '{s}' at '{path}' failed to satisfy constraint: Member must satisfy regular expression pattern: {p.GetString()}"));
    }

    private static void Length(JsonElement shape, int length, string path, string what, List<RequestViolation> violations, string? text = null)
    {
        var shown = text is null ? "" : $" '{text}'";
        if (shape.TryGetProperty("min", out var min) && length < min.GetInt32())
            violations.Add(new(ViolationKind.InvalidLength, path, $"Value{shown} at '{path}' failed to satisfy constraint: Member must have {what} greater than or equal to {min}"));
        if (shape.TryGetProperty("max", out var max) && length > max.GetInt32())
            violations.Add(new(ViolationKind.InvalidLength, path, $"Value{shown} at '{path}' failed to satisfy constraint: Member must have {what} less than or equal to {max}", AboveMaximum: true));
    }

    /// <summary>The model's pattern matched against the whole value; patterns .NET cannot compile are not checked.</summary>
    private static Regex? Pattern(string pattern) => Patterns.GetOrAdd(pattern, p =>
    {
        try { return new Regex("^(?:" + p + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)); }
        catch (ArgumentException) { return null; }
    });

    /// <summary>Converts a text value (URI label, query or form parameter, header) to the shape's JSON type, or null if it cannot.</summary>
    public static JsonNode? FromText(ServiceModel model, string shapeName, string text)
    {
        var type = model.Shape(shapeName).GetProperty("type").GetString();
        return type switch
        {
            "integer" or "long" => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? JsonValue.Create(n) : null,
            "boolean" => text switch { "true" => JsonValue.Create(true), "false" => JsonValue.Create(false), _ => null },
            "double" or "float" => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? JsonValue.Create(d) : null,
            _ => JsonValue.Create(text),
        };
    }

    public static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;
}
