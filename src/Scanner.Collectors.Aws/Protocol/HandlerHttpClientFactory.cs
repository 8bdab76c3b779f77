using Amazon.Runtime;

namespace Scanner.Collectors.Aws.Protocol;

/// <summary>Gives an SDK client HTTP clients over <see cref="AwsClientOptions.HttpHandler"/>, which they never dispose.</summary>
internal sealed class HandlerHttpClientFactory(HttpMessageHandler handler) : HttpClientFactory
{
    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(handler, disposeHandler: false);

    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;
}
