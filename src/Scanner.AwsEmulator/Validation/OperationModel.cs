using System.Text.Json;

namespace Scanner.AwsEmulator.Validation;

/// <summary>An operation of a service model: HTTP binding (rest protocols), input shape and documentation.</summary>
public sealed class OperationModel
{
    internal OperationModel(string name, JsonElement operation)
    {
        Name = name;
        var http = operation.GetProperty("http");
        Method = http.GetProperty("method").GetString()!;
        RequestUri = http.GetProperty("requestUri").GetString()!;
        InputShape = operation.TryGetProperty("input", out var input) ? input.GetProperty("shape").GetString() : null;
        Documentation = operation.TryGetProperty("documentation", out var doc) ? doc.GetString() ?? "" : "";
        PathTemplate = RequestUri.Split('?')[0].Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
    }

    public string Name { get; }
    public string Method { get; }
    public string RequestUri { get; }
    public string? InputShape { get; }
    public string Documentation { get; }

    /// <summary>The request URI's path segments; <c>{label}</c> segments bind URI members.</summary>
    public IReadOnlyList<string> PathTemplate { get; }

    /// <summary>Binds a raw path to the template: the URI labels (decoded) or null when the path does not fit.</summary>
    public Dictionary<string, string>? Bind(string rawPath)
    {
        var segments = rawPath.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length != PathTemplate.Count) return null;
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < segments.Length; i++)
        {
            var t = PathTemplate[i];
            if (t.StartsWith('{')) labels[t.Trim('{', '}', '+')] = Uri.UnescapeDataString(segments[i]);
            else if (!string.Equals(t, segments[i], StringComparison.Ordinal)) return null;
        }
        return labels;
    }
}
