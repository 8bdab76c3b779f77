using System.Diagnostics;

namespace Scanner.Collectors.Aws.Protocol;

/// <summary>
/// Runs one logical call: each attempt waits for its account, region and API's pace and a free request slot
/// (<see cref="RequestPacer"/>), is bounded by the call timeout and reports its answer back to the pacer;
/// retryable failures are retried after jittered backoff, throttled ones also at the pace the pacer learnt from them.
/// Every attempt goes to the observer; time-outs and connection failures become <see cref="AwsServiceException"/>s
/// that name the account, region and API.
/// </summary>
internal sealed class AwsCallInvoker
{
    private readonly AwsClientOptions _options;
    private readonly RequestPacer _pacer;

    /// <param name="region">The region calls are signed for (us-east-1 for Organizations in aws), named in errors and logs.</param>
    public AwsCallInvoker(AwsClientOptions options, AwsService service, string region)
    {
        _options = options;
        Service = service;
        Region = region;
        _pacer = options.Pacer ?? new RequestPacer(time: options.Time);
    }

    public AwsService Service { get; }
    public string Region { get; }
    public string? AccountId => _options.AccountId;

    public AwsServiceException Error(string operation, string code, string message, int status, string? requestId = null, Exception? inner = null) =>
        new(Service.SigningName, operation, code, message, status, _options.AccountId, Region, requestId, inner);

    public async Task<T> InvokeAsync<T>(string operation, Func<CancellationToken, Task<T>> attempt, CancellationToken ct)
    {
        var api = $"{Service.SigningName}:{operation}";
        if (AwsPermissions.Find(Service.SigningName, operation) is null)
            throw new InvalidOperationException($"{api} is not declared in AwsPermissions.All; declare it (and regenerate docs/iam-policy.json) before calling it.");
        var retries = 0;
        for (var n = 1; ; n++)
        {
            using var lease = await _pacer.BeginAsync(_options.AccountId, Region, api, ct).ConfigureAwait(false);
            var started = Stopwatch.GetTimestamp();
            AwsServiceException failure;
            using (var cts = CancellationTokenSource.CreateLinkedTokenSource(ct))
            {
                cts.CancelAfter(_options.CallTimeout);
                try
                {
                    var result = await attempt(cts.Token).ConfigureAwait(false);
                    lease.Answered(throttled: false);
                    Observe(operation, n, 200, null, started);
                    return result;
                }
                catch (AwsServiceException e)
                {
                    failure = e;
                }
                catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
                {
                    failure = Error(operation, AwsErrorClassifier.TimeoutCode,
                        $"No response within {_options.CallTimeout.TotalSeconds:0.###} s.", 0, inner: e);
                }
                catch (HttpRequestException e)
                {
                    failure = Error(operation, AwsErrorClassifier.ConnectionFailureCode, AwsErrorMessage.Sanitize(e.Message), 0, inner: e);
                }
            }
            // A throttle of a call sent before its key's rate was lowered is the pacer still learning: it is retried
            // without using the retry budget (up to a hard limit of four budgets' worth of attempts).
            var counts = lease.Answered(failure.IsThrottling) || !failure.IsThrottling;
            lease.Dispose();
            Observe(operation, n, failure.StatusCode, failure.ErrorCode, started);
            if (counts) retries++;
            if (!failure.IsRetryable || retries > _options.Retry.MaxRetries || n > 4 * (_options.Retry.MaxRetries + 1)) throw failure;
            // Jittered backoff, then (for a throttle) the key's learnt pace: the pacer holds the retry until a token is free.
            await Task.Delay(_options.Retry.DelayFor(Math.Max(1, retries)), _options.Time, ct).ConfigureAwait(false);
        }
    }

    private void Observe(string operation, int attempt, int status, string? code, long started) =>
        _options.Observer?.OnAttempt(new AwsCallRecord(Service.SigningName, operation, _options.AccountId, Region,
            attempt, status, code, Stopwatch.GetElapsedTime(started)));
}
