using System.Text.Json;
using System.Text.RegularExpressions;
using System.Web;

namespace Scanner.Collectors.Aws.Tests.Models;

/// <summary>
/// Checks JSON wire documents and rest-json/awsJson1.1 requests against a service model: member names, types, enums,
/// numeric ranges, string lengths and patterns, timestamp formats, required members, method, URI and query members.
/// Returns problems as text so one assertion shows them all.
/// </summary>
internal static class WireConformance
{
    public static void Value(ServiceModel model, JsonElement value, string shapeName, string path, List<string> problems, bool bodyOnly = true)
    {
        var shape = model.Shape(shapeName);
        var type = shape.GetProperty("type").GetString();
        switch (type)
        {
            case "structure":
                if (value.ValueKind != JsonValueKind.Object) { problems.Add($"{path}: expected object for {shapeName}"); return; }
                var members = shape.TryGetProperty("members", out var m) ? m : default;
                var set = 0;
                foreach (var p in value.EnumerateObject())
                {
                    if (members.ValueKind != JsonValueKind.Object || !members.TryGetProperty(p.Name, out var member))
                    {
                        problems.Add($"{path}.{p.Name}: not a member of {shapeName}");
                        continue;
                    }
                    if (bodyOnly && member.TryGetProperty("location", out _)) problems.Add($"{path}.{p.Name}: {shapeName} carries it in the {member.GetProperty("location")} not the body");
                    set++;
                    Value(model, p.Value, member.GetProperty("shape").GetString()!, $"{path}.{p.Name}", problems);
                }
                if (shape.TryGetProperty("union", out var union) && union.GetBoolean() && set != 1) problems.Add($"{path}: union {shapeName} has {set} members set");
                break;
            case "list":
                if (value.ValueKind != JsonValueKind.Array) { problems.Add($"{path}: expected array for {shapeName}"); return; }
                var i = 0;
                foreach (var item in value.EnumerateArray()) Value(model, item, shape.GetProperty("member").GetProperty("shape").GetString()!, $"{path}[{i++}]", problems);
                break;
            case "map":
                if (value.ValueKind != JsonValueKind.Object) { problems.Add($"{path}: expected map for {shapeName}"); return; }
                foreach (var p in value.EnumerateObject()) Value(model, p.Value, shape.GetProperty("value").GetProperty("shape").GetString()!, $"{path}.{p.Name}", problems);
                break;
            case "string":
                if (value.ValueKind != JsonValueKind.String) { problems.Add($"{path}: expected string for {shapeName}"); return; }
                String(shape, value.GetString()!, shapeName, path, problems);
                break;
            case "boolean":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) problems.Add($"{path}: expected boolean for {shapeName}");
                break;
            case "integer" or "long":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var n)) { problems.Add($"{path}: expected integer for {shapeName}"); return; }
                if (shape.TryGetProperty("min", out var min) && n < min.GetInt64()) problems.Add($"{path}: {n} < min {min}");
                if (shape.TryGetProperty("max", out var max) && n > max.GetInt64()) problems.Add($"{path}: {n} > max {max}");
                break;
            case "timestamp":
                var format = shape.TryGetProperty("timestampFormat", out var f) ? f.GetString() : "unixTimestamp";
                if (format == "iso8601" ? value.ValueKind != JsonValueKind.String || !DateTimeOffset.TryParse(value.GetString(), out _) : value.ValueKind != JsonValueKind.Number)
                    problems.Add($"{path}: timestamp {shapeName} must be {format}, got {value.ValueKind}");
                break;
            default:
                if (value.ValueKind == JsonValueKind.Object || value.ValueKind == JsonValueKind.Array) problems.Add($"{path}: unexpected {value.ValueKind} for {type} {shapeName}");
                break;
        }
    }

    private static void String(JsonElement shape, string s, string shapeName, string path, List<string> problems)
    {
        if (shape.TryGetProperty("enum", out var e) && e.EnumerateArray().All(x => x.GetString() != s)) problems.Add($"{path}: '{s}' not in enum {shapeName}");
        if (shape.TryGetProperty("min", out var min) && s.Length < min.GetInt32()) problems.Add($"{path}: '{s}' shorter than {min}");
        if (shape.TryGetProperty("max", out var max) && s.Length > max.GetInt32()) problems.Add($"{path}: '{s}' longer than {max}");
        if (shape.TryGetProperty("pattern", out var pattern))
        {
            Regex? regex = null;
            try { regex = new Regex("^(?:" + pattern.GetString() + ")$", RegexOptions.None, TimeSpan.FromSeconds(1)); } catch (ArgumentException) { }
            if (regex is not null && !regex.IsMatch(s)) problems.Add($"{path}: '{s}' does not match {shapeName} pattern {pattern}");
        }
    }

    /// <summary>A rest-json request: method, URI template with labels, query members, body members, required members.</summary>
    public static void RestRequest(ServiceModel model, JsonElement operation, string method, string rawPath, string rawQuery, byte[] body, List<string> problems)
    {
        var http = operation.GetProperty("http");
        var name = operation.GetProperty("name").GetString();
        if (http.GetProperty("method").GetString() != method) problems.Add($"{name}: method {method}, model says {http.GetProperty("method")}");
        var template = http.GetProperty("requestUri").GetString()!.Split('?')[0].Trim('/').Split('/');
        var segments = rawPath.Trim('/').Split('/');
        var labels = new HashSet<string>(StringComparer.Ordinal);
        if (template.Length != segments.Length) problems.Add($"{name}: path {rawPath} does not fit {http.GetProperty("requestUri")}");
        else
            for (var i = 0; i < template.Length; i++)
            {
                if (template[i].StartsWith('{')) labels.Add(template[i].Trim('{', '}', '+'));
                else if (template[i] != segments[i]) problems.Add($"{name}: segment {segments[i]} is not {template[i]}");
                else continue;
                if (segments[i].Contains(':') || Uri.UnescapeDataString(segments[i]).Length == 0) problems.Add($"{name}: label {segments[i]} not percent-encoded");
            }
        var input = operation.TryGetProperty("input", out var inp) ? model.Shape(inp.GetProperty("shape").GetString()!) : default;
        var members = input.ValueKind == JsonValueKind.Object ? input.GetProperty("members") : default;
        var query = HttpUtility.ParseQueryString(rawQuery.TrimStart('?'));
        var queryNames = new HashSet<string>(StringComparer.Ordinal);
        if (members.ValueKind == JsonValueKind.Object)
            foreach (var m in members.EnumerateObject())
                if (m.Value.TryGetProperty("location", out var loc) && loc.GetString() == "querystring") queryNames.Add(m.Value.GetProperty("locationName").GetString()!);
        foreach (var key in query.AllKeys.OfType<string>())
            if (!queryNames.Contains(key)) problems.Add($"{name}: query parameter {key} is not a querystring member");
        if (input.ValueKind == JsonValueKind.Object && input.TryGetProperty("required", out var required))
            foreach (var r in required.EnumerateArray().Select(x => x.GetString()!))
            {
                var member = members.GetProperty(r);
                var location = member.TryGetProperty("location", out var l) ? l.GetString() : null;
                var locationName = member.TryGetProperty("locationName", out var ln) ? ln.GetString() : r;
                var present = location switch
                {
                    "uri" => labels.Contains(locationName!),
                    "querystring" => query[locationName] is not null,
                    _ => body.Length > 0 && JsonDocument.Parse(body).RootElement.TryGetProperty(r, out _),
                };
                if (!present) problems.Add($"{name}: required member {r} missing");
            }
        if (body.Length > 0 && input.ValueKind == JsonValueKind.Object)
            Value(model, JsonDocument.Parse(body).RootElement, inp.GetProperty("shape").GetString()!, name + " request", problems);
    }

    /// <summary>An awsJson1.1 request: target header, body members, required members.</summary>
    public static void JsonRpcRequest(ServiceModel model, JsonElement operation, string? target, byte[] body, List<string> problems)
    {
        var name = operation.GetProperty("name").GetString();
        var expected = model.Metadata.GetProperty("targetPrefix").GetString() + "." + name;
        if (target != expected) problems.Add($"{name}: X-Amz-Target {target}, expected {expected}");
        if (!operation.TryGetProperty("input", out var inp)) return;
        var root = JsonDocument.Parse(body).RootElement;
        Value(model, root, inp.GetProperty("shape").GetString()!, name + " request", problems);
        if (model.Shape(inp.GetProperty("shape").GetString()!).TryGetProperty("required", out var required))
            foreach (var r in required.EnumerateArray().Select(x => x.GetString()!))
                if (!root.TryGetProperty(r, out _)) problems.Add($"{name}: required member {r} missing");
    }
}
