using System.Net;

namespace Scanner.AwsEmulator;

/// <summary>
/// Serves an <see cref="EmulatedAws"/> to HTTP clients in process: each request reaches it as the bytes a socket would
/// carry (target as sent, the headers the wire would hold, body), no connection is made.
/// </summary>
internal sealed class EmulatorHttpHandler(EmulatedAws aws) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("A request to the AWS emulator needs an absolute URI.");
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in request.Headers) headers.Add(new(name, string.Join(", ", values)));
        if (request.Content is not null)
            foreach (var (name, values) in request.Content.Headers) headers.Add(new(name, string.Join(", ", values)));
        // What the socket handler adds on the way out.
        if (request.Headers.Host is null) headers.Add(new("Host", uri.IsDefaultPort ? uri.Host : uri.Host + ":" + uri.Port));
        if (request.Content is not null && request.Content.Headers.ContentLength is null) headers.Add(new("Content-Length", body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var answer = await aws.RespondAsync(request.Method.Method, uri.PathAndQuery, headers, body).ConfigureAwait(false);
        var response = new HttpResponseMessage((HttpStatusCode)answer.Status) { RequestMessage = request, Content = new ByteArrayContent(answer.Body) };
        response.Content.Headers.TryAddWithoutValidation("Content-Type", answer.ContentType);
        foreach (var (name, value) in answer.Headers)
            if (!response.Headers.TryAddWithoutValidation(name, value)) response.Content.Headers.TryAddWithoutValidation(name, value);
        return response;
    }
}
