using System.Text;
using System.Web;

namespace Scanner.AwsEmulator.Wire;

/// <summary>A request as the handlers see it: raw path, decoded query/form, body, and who signed it for where.</summary>
internal sealed class EmulatedRequest
{
    public required string Method { get; init; }
    public required string RawPath { get; init; }
    public required string RawQuery { get; init; }
    public required IReadOnlyDictionary<string, string> Headers { get; init; }
    public required byte[] Body { get; init; }
    public required string Service { get; init; }
    public required string Region { get; init; }
    public EmulatedCredentials? Caller { get; set; }

    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var v) ? v : null;

    public string BodyText => Encoding.UTF8.GetString(Body);

    /// <summary>Query-string parameters (first value of each).</summary>
    public Dictionary<string, string> Query() => Parse(RawQuery.TrimStart('?'));

    /// <summary>Form parameters of a query-protocol body (EC2, STS).</summary>
    public Dictionary<string, string> Form() => Parse(BodyText);

    private static Dictionary<string, string> Parse(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var parsed = HttpUtility.ParseQueryString(text);
        foreach (var key in parsed.AllKeys)
            if (key is not null) result[key] = parsed[key] ?? "";
        return result;
    }
}
