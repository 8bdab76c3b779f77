using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Scanner.Collectors.Aws.Protocol;

/// <summary>
/// HTTP for the JSON protocols: rest-json (VPC Lattice, RAM: method + URI, JSON body) and awsJson1.1
/// (Organizations: <c>POST /</c> with <c>X-Amz-Target</c>). Signs every attempt, parses error bodies into
/// <see cref="AwsServiceException"/>, returns the response as a <see cref="JsonDocument"/> (no reflection).
/// </summary>
internal sealed class AwsJsonTransport
{
    private static readonly HttpClient SharedHttp = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private readonly AwsClientOptions _options;
    private readonly HttpClient _http;

    public AwsJsonTransport(AwsClientOptions options, AwsService service)
    {
        _options = options;
        _http = options.HttpClient
            ?? (options.HttpHandler is { } handler ? new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan } : SharedHttp);
        Endpoint = options.Endpoints.Resolve(service, options.Region);
        Invoker = new AwsCallInvoker(options, service, Endpoint.SigningRegion);
    }

    public AwsEndpoint Endpoint { get; }
    public AwsCallInvoker Invoker { get; }

    /// <summary>A rest-json call. <paramref name="path"/> is already percent-encoded (URI labels encoded once).</summary>
    public Task<JsonDocument> RestAsync(string operation, HttpMethod method, string path,
        IReadOnlyList<KeyValuePair<string, string>>? query, Action<Utf8JsonWriter>? body, CancellationToken ct)
    {
        var target = path.TrimStart('/');
        if (query is { Count: > 0 })
            target += "?" + string.Join("&", query.Select(q => SigV4Signer.UriEncode(q.Key) + "=" + SigV4Signer.UriEncode(q.Value)));
        var bytes = body is null ? null : Write(body);
        return Invoker.InvokeAsync(operation, t => SendAsync(operation, method, target, bytes, "application/json", null, t), ct);
    }

    /// <summary>An awsJson1.1 call: <c>POST /</c>, <c>X-Amz-Target: prefix.Operation</c>.</summary>
    public Task<JsonDocument> RpcAsync(string operation, string targetPrefix, Action<Utf8JsonWriter> body, CancellationToken ct)
    {
        var bytes = Write(body);
        return Invoker.InvokeAsync(operation, t => SendAsync(operation, HttpMethod.Post, "", bytes, "application/x-amz-json-1.1", targetPrefix + "." + operation, t), ct);
    }

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        return ms.ToArray();
    }

    private async Task<JsonDocument> SendAsync(string operation, HttpMethod method, string relative, byte[]? body,
        string contentType, string? amzTarget, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(Endpoint.Url, relative));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        if (amzTarget is not null) request.Headers.TryAddWithoutValidation("X-Amz-Target", amzTarget);
        var credentials = await _options.Credentials.GetCredentialsAsync().ConfigureAwait(false);
        SigV4Signer.Sign(request, body ?? [], credentials, Endpoint.SigningRegion, Endpoint.SigningName, _options.Time.GetUtcNow().UtcDateTime);

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            try
            {
                return JsonDocument.Parse(bytes.Length == 0 ? "{}"u8.ToArray() : bytes);
            }
            catch (JsonException e)
            {
                throw Invoker.Error(operation, "MalformedResponse", "The response is not JSON: " + e.Message, status);
            }
        }
        throw ParseError(operation, response, bytes, status);
    }

    private AwsServiceException ParseError(string operation, HttpResponseMessage response, byte[] body, int status)
    {
        string? code = null, message = null;
        if (response.Headers.TryGetValues("X-Amzn-ErrorType", out var types)) code = types.FirstOrDefault();
        try
        {
            if (body.Length > 0)
            {
                using var doc = JsonDocument.Parse(body);
                var root = doc.RootElement;
                if (root.ValueKind == JsonValueKind.Object)
                {
                    code ??= root.Str("__type") ?? root.Str("code") ?? root.Str("Code");
                    message = root.Str("message") ?? root.Str("Message");
                }
            }
        }
        catch (JsonException)
        {
            message = Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 200)));
        }
        code = NormaliseCode(code) ?? (status switch { 403 => "AccessDenied", 404 => "NotFound", 429 => "ThrottlingException", _ => $"Http{status}" });
        var requestId = response.Headers.TryGetValues("x-amzn-RequestId", out var ids) ? ids.FirstOrDefault() : null;
        return Invoker.Error(operation, code, AwsErrorMessage.Sanitize(message ?? $"HTTP {status}"), status, requestId);
    }

    /// <summary><c>aws.protocoltests#FooError:http://…</c> → <c>FooError</c>.</summary>
    internal static string? NormaliseCode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var c = code.Trim();
        var colon = c.IndexOf(':');
        if (colon >= 0) c = c[..colon];
        var hash = c.LastIndexOf('#');
        if (hash >= 0) c = c[(hash + 1)..];
        return c.Length == 0 ? null : c;
    }
}
