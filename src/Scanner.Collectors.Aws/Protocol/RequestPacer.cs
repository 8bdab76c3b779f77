using System.Collections.Concurrent;

namespace Scanner.Collectors.Aws.Protocol;

/// <summary>
/// Decides when each request may be sent. AWS limits request rates per account, region and API, so every such key
/// has its own <see cref="AdaptiveRateLimiter"/> (unlimited until AWS first throttles it, then paced to what AWS
/// accepts) and keys never wait for each other: independent accounts run side by side. Across all keys at most
/// <see cref="MaxInFlight"/> requests are open at once, which bounds connections and buffers, not speed.
/// </summary>
public sealed class RequestPacer : IDisposable
{
    /// <summary>Requests in flight at once when no lower cap is given: far above what the rate limits let through.</summary>
    public const int SafetyBound = 256;

    /// <summary>The limiters by account, then (region, API): an account's keys go together once it is done (<see cref="Forget"/>).</summary>
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<(string Region, string Api), AdaptiveRateLimiter>> _limiters = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots;
    private readonly TimeProvider _time;

    /// <param name="maxInFlight">A user's cap on open requests; null = <see cref="SafetyBound"/>.</param>
    public RequestPacer(int? maxInFlight = null, TimeProvider? time = null)
    {
        MaxInFlight = Math.Max(1, maxInFlight ?? SafetyBound);
        _slots = new SemaphoreSlim(MaxInFlight);
        _time = time ?? TimeProvider.System;
    }

    public int MaxInFlight { get; }

    /// <summary>The learnt rate of a key in calls per second; null while AWS has not throttled it.</summary>
    public double? RateOf(string? account, string region, string api) =>
        _limiters.TryGetValue(account ?? "", out var keys) && keys.TryGetValue((region, api), out var l) ? l.Rate : null;

    /// <summary>
    /// Drops what was learnt about an account's keys once nothing more will be sent for it, so an organization scan holds
    /// the limiters of the accounts in flight rather than of every account scanned (tens of thousands of keys at a
    /// thousand accounts). A later request for the account starts a fresh limiter, unlimited until throttled.
    /// </summary>
    public void Forget(string account) => _limiters.TryRemove(account, out _);

    /// <summary>Waits for the key's token and a free slot; dispose the lease when the answer is in.</summary>
    internal async Task<Lease> BeginAsync(string? account, string region, string api, CancellationToken ct)
    {
        var limiter = _limiters.GetOrAdd(account ?? "", _ => new()).GetOrAdd((region, api), _ => new AdaptiveRateLimiter());
        while (true)
        {
            var paced = await limiter.AcquireAsync(_time, ct).ConfigureAwait(false);
            await _slots.WaitAsync(ct).ConfigureAwait(false);
            // Waiting for a slot can outlast the optimistic start: once the key is paced, take a token first.
            if (paced || !limiter.Enabled) return new Lease(this, limiter, AdaptiveRateLimiter.Now());
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();

    /// <summary>One request in flight: its slot, and the limiter that learns from its answer.</summary>
    internal sealed class Lease(RequestPacer pacer, AdaptiveRateLimiter limiter, double sentAt) : IDisposable
    {
        private int _released;

        /// <summary>
        /// Reports the answer (throttled or not) to the key's limiter. False for a throttle of a call sent before the
        /// key's rate was last lowered (it does not count against the call's retry budget).
        /// </summary>
        public bool Answered(bool throttled) => limiter.OnAnswer(throttled, sentAt);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) pacer._slots.Release();
        }
    }
}
