namespace Scanner.Collectors.Aws.Tests.Support;

/// <summary>Flips the last character of the SigV4 signature after the client signed the request.</summary>
internal sealed class TamperingHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var auth = request.Headers.GetValues("Authorization").Single();
        var flipped = auth[..^1] + (auth[^1] == '0' ? '1' : '0');
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", flipped);
        return base.SendAsync(request, cancellationToken);
    }
}
