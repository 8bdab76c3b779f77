using System.Diagnostics;

namespace Scanner.Collectors.Aws.Protocol;

/// <summary>
/// The client-side rate of one account, region and API, learnt from throttling answers as the AWS SDKs' adaptive
/// retry mode does: no limit until the first throttle (optimistic start); on a throttle the rate drops to 0.7 × the
/// rate the service was accepting, then grows again along a CUBIC curve back to that rate and beyond, until the next
/// throttle. Calls take a token from a bucket of one second's worth that fills at the current rate; a caller that
/// finds the bucket empty reserves the next token and waits for it, so waiting callers are served in order.
/// Throttles of calls sent before the last decrease are not counted again (one decrease per congestion episode).
/// </summary>
internal sealed class AdaptiveRateLimiter
{
    private const double MinRate = 0.5;
    private const double Beta = 0.7;
    private const double Scale = 0.4;
    private const double Window = 1.0;

    private readonly object _lock = new();
    private readonly Queue<double> _accepted = new();
    private bool _enabled;
    private double _rate;
    private double _tokens;
    private double _refilledAt;
    private double _maxRate;
    private double _k;
    private double _lastThrottle = double.NegativeInfinity;

    /// <summary>True once a throttle has switched pacing on.</summary>
    public bool Enabled
    {
        get { lock (_lock) return _enabled; }
    }

    /// <summary>The current rate in calls per second (null while unlimited).</summary>
    public double? Rate
    {
        get { lock (_lock) return _enabled ? _rate : null; }
    }

    /// <summary>Takes a token (or reserves the next one and waits for it). Returns whether pacing was on.</summary>
    public async ValueTask<bool> AcquireAsync(TimeProvider time, CancellationToken ct)
    {
        double wait;
        lock (_lock)
        {
            if (!_enabled) return false;
            var now = Now();
            Refill(now);
            _tokens -= 1;
            wait = _tokens >= 0 ? 0 : -_tokens / _rate;
        }
        if (wait > 0) await Task.Delay(TimeSpan.FromSeconds(wait), time, ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>The timestamp to pass to <see cref="OnAnswer"/> for a call sent now.</summary>
    public static double Now() => Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;

    /// <summary>Learns from one answer: an accepted call or a throttle (<paramref name="sentAt"/> from <see cref="Now"/>).</summary>
    public void OnAnswer(bool throttled, double sentAt)
    {
        lock (_lock)
        {
            var now = Now();
            if (!throttled)
            {
                _accepted.Enqueue(now);
                Trim(now);
                if (_enabled) SetRate(Math.Min(Cubic(now), Math.Max(MinRate, 2 * Measured())), now);
                return;
            }
            if (sentAt < _lastThrottle) return;
            Trim(now);
            var measured = Measured();
            var basis = Math.Max(MinRate, _enabled ? Math.Min(measured, _rate) : measured);
            _maxRate = basis;
            _k = Math.Cbrt(_maxRate * (1 - Beta) / Scale);
            _lastThrottle = now;
            if (!_enabled)
            {
                _enabled = true;
                _tokens = 1;
                _refilledAt = now;
            }
            SetRate(basis * Beta, now);
        }
    }

    private double Cubic(double now) => Scale * Math.Pow(now - _lastThrottle - _k, 3) + _maxRate;

    /// <summary>Calls the service accepted over the last second.</summary>
    private double Measured() => _accepted.Count / Window;

    private void Trim(double now)
    {
        while (_accepted.Count > 0 && _accepted.Peek() < now - Window) _accepted.Dequeue();
    }

    private void SetRate(double rate, double now)
    {
        Refill(now);
        _rate = Math.Max(MinRate, rate);
        // A bucket of one second's worth: more never accumulates while the key is idle.
        _tokens = Math.Min(_tokens, Math.Max(1, _rate));
    }

    private void Refill(double now)
    {
        if (now > _refilledAt) _tokens = Math.Min(Math.Max(1, _rate), _tokens + (now - _refilledAt) * _rate);
        _refilledAt = Math.Max(_refilledAt, now);
    }
}
