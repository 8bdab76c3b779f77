using Amazon.Runtime;

namespace Scanner.Collectors.Aws.Protocol;

/// <summary>
/// Runs AWS SDK calls through the same retry, timeout, throttling and logging path as the thin clients (the SDK's
/// own retries are switched off), and maps SDK exceptions to <see cref="AwsServiceException"/>.
/// </summary>
internal sealed class SdkCall
{
    private readonly AwsCallInvoker _invoker;

    public SdkCall(AwsClientOptions options, AwsService service) => _invoker = new AwsCallInvoker(options, service, options.Endpoints.Resolve(service, options.Region).SigningRegion);

    public Task<T> InvokeAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken ct) =>
        _invoker.InvokeAsync(operation, async t =>
        {
            try
            {
                return await call(t).ConfigureAwait(false);
            }
            catch (AmazonServiceException e) when (!string.IsNullOrEmpty(e.ErrorCode) || (int)e.StatusCode != 0)
            {
                var status = (int)e.StatusCode;
                var code = status is >= 200 and < 300 ? "MalformedResponse" : string.IsNullOrEmpty(e.ErrorCode) ? $"Http{status}" : e.ErrorCode;
                throw _invoker.Error(operation, code,
                    AwsErrorMessage.Sanitize(e.Message), (int)e.StatusCode, e.RequestId);
            }
            catch (AmazonClientException e) when (e.InnerException is HttpRequestException or IOException)
            {
                throw _invoker.Error(operation, AwsErrorClassifier.ConnectionFailureCode, AwsErrorMessage.Sanitize(e.Message), 0);
            }
        }, ct);

    /// <summary>SDK client configuration: endpoint and signing region from the resolver, no SDK-side retries, over <see cref="AwsClientOptions.HttpHandler"/> if one is given.</summary>
    public static TConfig Configure<TConfig>(TConfig config, AwsClientOptions options, AwsService service) where TConfig : ClientConfig
    {
        var endpoint = options.Endpoints.Resolve(service, options.Region);
        config.IgnoreConfiguredEndpointUrls = true;
        if (endpoint.IsOverride) config.ServiceURL = endpoint.Url.ToString();
        else config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(options.Region);
        config.AuthenticationRegion = endpoint.SigningRegion;
        config.MaxErrorRetry = 0;
        config.Timeout = options.CallTimeout;
        if (options.HttpHandler is { } handler) config.HttpClientFactory = new HandlerHttpClientFactory(handler);
        return config;
    }
}
