using System.Text.Json;
using System.Text.Json.Nodes;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using Scanner.AwsEmulator.Validation;
using Scanner.AwsEmulator.Wire;

namespace Scanner.Collectors.Aws.Tests.Conformance;

/// <summary>
/// The shape of a call's input that decides what the service does: the members present (next tokens aside), with the
/// value of enum and boolean members and the names of filters, e.g.
/// <c>ram:GetResourceShares(maxResults,resourceOwner=SELF)</c>.
/// </summary>
internal static class ParameterCombination
{
    public static string Of(string service, string operation, JsonObject input)
    {
        var model = ServiceModel.All[service];
        var shape = model.Operations[operation].InputShape is { } s ? model.Shape(s) : default;
        var members = shape.ValueKind == JsonValueKind.Object && shape.TryGetProperty("members", out var m) ? m : default;
        var parts = new List<string>();
        foreach (var (name, value) in input)
        {
            if (name is "nextToken" or "NextToken") continue;
            var memberShape = members.ValueKind == JsonValueKind.Object && members.TryGetProperty(name, out var member)
                ? model.Shape(member.GetProperty("shape").GetString()!) : default;
            var type = memberShape.ValueKind == JsonValueKind.Object ? memberShape.GetProperty("type").GetString() : null;
            if (type == "boolean" || (type == "string" && memberShape.TryGetProperty("enum", out _))) parts.Add($"{name}={value}");
            else if (value is JsonArray items && items.All(i => i is JsonObject o && o["Name"] is not null))
                parts.Add($"{name}[{string.Join("|", items.Select(i => (string?)i!["Name"]).Order(StringComparer.Ordinal))}]");
            else parts.Add(name);
        }
        return $"{service}:{operation}({string.Join(",", parts.Order(StringComparer.Ordinal))})";
    }

    /// <summary>The combination of a request the fake recorded, decoded as the fake's validator reads it; null if it names no operation.</summary>
    public static string? Observed(EmulatedExchange x)
    {
        if (!ServiceModel.All.TryGetValue(x.Call.Service, out var model)) return null;
        var request = new EmulatedRequest
        {
            Method = x.Method, RawPath = x.RawPath, RawQuery = x.RawQuery, Headers = x.RequestHeaders, Body = x.RequestBody,
            Service = x.Call.Service, Region = x.Call.Region,
        };
        var result = RequestValidator.Validate(model, request);
        return result.Operation is { } operation ? Of(x.Call.Service, operation, result.Input) : null;
    }
}
