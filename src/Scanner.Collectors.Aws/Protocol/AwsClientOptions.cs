using Amazon.Runtime;

namespace Scanner.Collectors.Aws.Protocol;

/// <summary>
/// What every client needs for one account and region: credentials, the region (always explicit, it is also the
/// signing region), endpoint resolution, the per-call timeout and the retry policy.
/// </summary>
public sealed record AwsClientOptions
{
    public required AWSCredentials Credentials { get; init; }
    public required string Region { get; init; }

    /// <summary>The account the credentials act for; carried into errors and logs.</summary>
    public string? AccountId { get; init; }

    public AwsEndpointResolver Endpoints { get; init; } = new();

    /// <summary>Limit for one attempt of one call (default 30 s). A timed-out attempt is retried like a 5xx.</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public AwsRetryPolicy Retry { get; init; } = AwsRetryPolicy.Default;
    public IAwsCallObserver? Observer { get; init; }

    /// <summary>Shared pacing (per-key adaptive rates, requests in flight); null gives the client one of its own.</summary>
    public RequestPacer? Pacer { get; init; }

    /// <summary>Shared HTTP client for the thin clients; null uses one over <see cref="HttpHandler"/>, or a process-wide one.</summary>
    public HttpClient? HttpClient { get; init; }

    /// <summary>
    /// Carries the requests of every client (thin clients and SDK clients) instead of the network; null = the network.
    /// </summary>
    public HttpMessageHandler? HttpHandler { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
