namespace Scanner.Collectors.Aws.Protocol;

/// <summary>
/// Bounded retries with capped exponential backoff and full jitter (delay = random(0, min(max, base·2^attempt))),
/// the AWS SDKs' "standard" strategy. A <c>Retry-After</c> hint is honoured up to <see cref="MaxDelay"/>.
/// </summary>
public sealed record AwsRetryPolicy
{
    public static AwsRetryPolicy Default { get; } = new();

    /// <summary>Retries after the first attempt (5 = up to six attempts).</summary>
    public int MaxRetries { get; init; } = 5;
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The delay before retry number <paramref name="retry"/> (1-based).</summary>
    public TimeSpan DelayFor(int retry, TimeSpan? retryAfter = null)
    {
        var exp = BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retry - 1, 16));
        var cap = Math.Min(MaxDelay.TotalMilliseconds, exp);
        var jittered = Random.Shared.NextDouble() * cap;
        if (retryAfter is { } hint) jittered = Math.Max(jittered, Math.Min(hint.TotalMilliseconds, MaxDelay.TotalMilliseconds));
        return TimeSpan.FromMilliseconds(jittered);
    }
}
