using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Amazon.Runtime;
using Scanner.Collectors.Aws.Protocol;
using Scanner.AwsEmulator;
using Scanner.FakeAws;

namespace Scanner.Collectors.Aws.Tests.StrictFake;

/// <summary>
/// A hand-built request signed with SigV4 for any service name and region, sent to the fake: a request no client of
/// the project would send, to see what the strict fake answers.
/// </summary>
internal sealed record RawAwsRequest(string Method, string PathAndQuery, string SigningName, string Region)
{
    public string? Body { get; init; }
    public string? ContentType { get; init; }
    public string? Target { get; init; }

    public static RawAwsRequest Rest(string method, string pathAndQuery, string service = "vpc-lattice", string region = "ap-northeast-1") =>
        new(method, pathAndQuery, service, region);

    public static RawAwsRequest Ram(string operation, string body, string region = "ap-northeast-1") =>
        new("POST", "/" + operation.ToLowerInvariant(), "ram", region) { Body = body, ContentType = "application/json" };

    public static RawAwsRequest Organizations(string operation, string body, string region = "us-east-1") =>
        new("POST", "/", "organizations", region) { Body = body, ContentType = "application/x-amz-json-1.1", Target = "AWSOrganizationsV20161128." + operation };

    public static RawAwsRequest Query(string service, string form, string region = "ap-northeast-1") =>
        new("POST", "/", service, region) { Body = form, ContentType = "application/x-www-form-urlencoded; charset=utf-8" };

    public async Task<RawAwsResponse> SendAsync(FakeAwsServer aws, EmulatedCredentials credentials)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(new HttpMethod(Method), new Uri(aws.BaseUrl, PathAndQuery.TrimStart('/')));
        var body = Encoding.UTF8.GetBytes(Body ?? "");
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType ?? "application/json");
        }
        if (Target is not null) request.Headers.TryAddWithoutValidation("X-Amz-Target", Target);
        var immutable = new BasicAWSCredentials(credentials.AccessKeyId, credentials.SecretAccessKey).GetCredentials();
        SigV4Signer.Sign(request, body, immutable, Region, SigningName, DateTime.UtcNow);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var errorType = response.Headers.TryGetValues("X-Amzn-ErrorType", out var v) ? v.Single() : null;
        return new RawAwsResponse((int)response.StatusCode, errorType, text);
    }
}

/// <summary>What came back: status, the rest-json error-type header and the body.</summary>
internal sealed record RawAwsResponse(int Status, string? ErrorTypeHeader, string Body)
{
    /// <summary>The error code in the protocol's own place: x-amzn-ErrorType, __type, or the XML Error/Code.</summary>
    public string? Code =>
        ErrorTypeHeader is { } h ? h.Split(':')[0]
        : Body.TrimStart().StartsWith('{') && JsonDocument.Parse(Body).RootElement.TryGetProperty("__type", out var t) ? t.GetString()!.Split('#')[^1]
        : Body.TrimStart().StartsWith('<') ? XDocument.Parse(Body).Descendants().FirstOrDefault(e => e.Name.LocalName == "Code")?.Value
        : null;

    /// <summary>The message member (message, Message or the XML Error/Message).</summary>
    public string Message =>
        Body.TrimStart().StartsWith('{')
            ? JsonDocument.Parse(Body).RootElement is var r && r.TryGetProperty("message", out var m) ? m.GetString()! : r.TryGetProperty("Message", out var mm) ? mm.GetString()! : ""
            : XDocument.Parse(Body).Descendants().FirstOrDefault(e => e.Name.LocalName == "Message")?.Value ?? "";

    public string? Json(string member) =>
        JsonDocument.Parse(Body).RootElement.TryGetProperty(member, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText() : null;
}
