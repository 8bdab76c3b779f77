namespace Scanner.AwsEmulator;

/// <summary>One request and its answer on the wire, as recorded for conformance checks against the service models.</summary>
public sealed record EmulatedExchange(EmulatedCall Call, string Method, string RawPath, string RawQuery, string? Target, byte[] RequestBody,
    string ResponseContentType, byte[] ResponseBody)
{
    /// <summary>The request's headers, names in lower case.</summary>
    public IReadOnlyDictionary<string, string> RequestHeaders { get; init; } = new Dictionary<string, string>();
}
