using System.Text.Json;
using System.Text.Json.Nodes;
using System.Web;
using Scanner.AwsEmulator;
using Scanner.FakeAws;

namespace Scanner.Collectors.Aws.Tests.Conformance;

/// <summary>
/// The parts of a recorded request that decide what the service does: method, path, query, the headers that matter
/// (content type, X-Amz-Target), body (JSON compared as JSON, forms as parameters) and the SigV4 signing service and region.
/// </summary>
internal sealed record WireRequest(IReadOnlyDictionary<string, string> Fields)
{
    public static WireRequest From(EmulatedExchange x)
    {
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["method"] = x.Method,
            ["path"] = x.RawPath,
            ["signing service"] = x.Call.Service,
            ["signing region"] = x.Call.Region,
            ["header content-type"] = x.RequestHeaders.GetValueOrDefault("content-type") ?? "(none)",
            ["header x-amz-target"] = x.Target ?? "(none)",
        };
        var query = HttpUtility.ParseQueryString(x.RawQuery.TrimStart('?'));
        foreach (var key in query.AllKeys.OfType<string>()) fields["query " + key] = string.Join(",", query.GetValues(key)!.Order(StringComparer.Ordinal));
        var body = System.Text.Encoding.UTF8.GetString(x.RequestBody);
        if (body.Length == 0) fields["body"] = "(empty)";
        else if (fields["header content-type"].StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            var form = HttpUtility.ParseQueryString(body);
            foreach (var key in form.AllKeys.OfType<string>()) fields["form " + key] = form[key] ?? "";
        }
        else
        {
            try
            {
                var json = JsonNode.Parse(body);
                if (json is JsonObject o)
                    foreach (var (k, v) in o) fields["body " + k] = Canonical(v);
                else fields["body"] = body;
            }
            catch (JsonException) { fields["body"] = body; }
        }
        return new WireRequest(fields);
    }

    /// <summary>JSON with object members sorted, so member order does not count as a difference.</summary>
    private static string Canonical(JsonNode? node) => node switch
    {
        JsonObject o => "{" + string.Join(",", o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => JsonSerializer.Serialize(p.Key) + ":" + Canonical(p.Value))) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        null => "null",
        _ => node.ToJsonString(),
    };

    /// <summary>Field-by-field differences: (field, official client's value, project client's value).</summary>
    public static IReadOnlyList<(string Field, string? Official, string? Project)> Differences(WireRequest official, WireRequest project) =>
        official.Fields.Keys.Union(project.Fields.Keys).Order(StringComparer.Ordinal)
            .Select(k => (Field: k, Official: official.Fields.GetValueOrDefault(k), Project: project.Fields.GetValueOrDefault(k)))
            .Where(d => d.Official != d.Project)
            .ToList();
}
