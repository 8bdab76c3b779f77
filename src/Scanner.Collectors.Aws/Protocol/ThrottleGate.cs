using System.Collections.Concurrent;

namespace Scanner.Collectors.Aws.Protocol;

/// <summary>
/// Shared back-off state per account, region and API: once one call is throttled, the other calls to the same API
/// in the same account and region wait out the same pause instead of hammering it. Other accounts are unaffected,
/// so one throttled account never stalls the rest.
/// </summary>
public sealed class ThrottleGate
{
    private readonly ConcurrentDictionary<(string Account, string Region, string Api), DateTimeOffset> _until = new();
    private readonly TimeProvider _time;

    public ThrottleGate(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    public void Throttled(string? account, string region, string api, TimeSpan pause)
    {
        var until = _time.GetUtcNow() + pause;
        _until.AddOrUpdate((account ?? "", region, api), until, (_, old) => old > until ? old : until);
    }

    public async Task WaitAsync(string? account, string region, string api, CancellationToken ct)
    {
        if (!_until.TryGetValue((account ?? "", region, api), out var until)) return;
        var wait = until - _time.GetUtcNow();
        if (wait > TimeSpan.Zero) await Task.Delay(wait, _time, ct).ConfigureAwait(false);
    }
}
