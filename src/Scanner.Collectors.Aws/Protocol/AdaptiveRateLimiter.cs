using System.Diagnostics;

namespace Scanner.Collectors.Aws.Protocol;

/// <summary>
/// The client-side rate of one account, region and API, learnt from throttling answers as the AWS SDKs' adaptive
/// retry mode does: no limit until the first throttle (optimistic start); on a throttle the rate drops to 0.7 × the
/// rate AWS was accepting (answers other than throttles over the last second), then grows again along a CUBIC curve
/// back to that rate and beyond (at most twice the rate calls are being sent at), until the next throttle. Calls
/// take a token from a bucket of one second's worth that fills at the current rate; a caller that finds the bucket
/// empty waits about as long as the callers already waiting need at the current rate (at most half a second) and
/// tries again, so a rate that grows meanwhile is used at once (no token is booked at a stale rate). Calls sent before the
/// last decrease belong to the same congestion episode: their throttles do not lower the rate again, and their
/// accepted answers, arriving after the throttle, raise the estimate of what AWS accepts.
/// </summary>
internal sealed class AdaptiveRateLimiter
{
    private const double MinRate = 0.5;
    private const double Beta = 0.7;
    private const double Scale = 0.4;
    private const double Window = 1.0;
    private const double MaxPoll = 0.5;

    private readonly object _lock = new();
    private readonly Queue<double> _sent = new();
    private readonly Queue<double> _accepted = new();
    private bool _enabled;
    private int _waiting;
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

    /// <summary>Takes a token, waiting for one if the bucket is empty. Returns whether pacing was on.</summary>
    public async ValueTask<bool> AcquireAsync(TimeProvider time, CancellationToken ct)
    {
        var queued = false;
        try
        {
            while (true)
            {
                double wait;
                lock (_lock)
                {
                    var now = Now();
                    Trim(now);
                    if (!_enabled || TryTake(now))
                    {
                        _sent.Enqueue(now);
                        if (queued) _waiting--;
                        queued = false;
                        return _enabled;
                    }
                    if (!queued) _waiting++;
                    queued = true;
                    wait = Math.Clamp((_waiting - _tokens) / _rate, 0.005, MaxPoll);
                }
                await Task.Delay(TimeSpan.FromSeconds(wait * (0.9 + 0.2 * Random.Shared.NextDouble())), time, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            if (queued)
                lock (_lock) _waiting--;
        }
    }

    private bool TryTake(double now)
    {
        Refill(now);
        if (_tokens < 1) return false;
        _tokens -= 1;
        return true;
    }

    /// <summary>The timestamp to pass to <see cref="OnAnswer"/> for a call sent now.</summary>
    public static double Now() => Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;

    /// <summary>
    /// Learns from one answer: an accepted call or a throttle (<paramref name="sentAt"/> from <see cref="Now"/>). Returns
    /// false for a throttle of a call sent before the rate was last lowered: the pacer had not yet applied what it
    /// learnt when the call left, so the throttle is the pacer's, not the call's.
    /// </summary>
    public bool OnAnswer(bool throttled, double sentAt)
    {
        lock (_lock)
        {
            var now = Now();
            Trim(now);
            if (!throttled)
            {
                _accepted.Enqueue(now);
                if (!_enabled) return true;
                if (sentAt < _lastThrottle && Accepted() > _maxRate)
                {
                    _maxRate = Accepted();
                    _k = Math.Cbrt(_maxRate * (1 - Beta) / Scale);
                }
                SetRate(Math.Min(Cubic(now), Math.Max(MinRate, 2 * Sent())), now);
                return true;
            }
            if (sentAt < _lastThrottle) return false;
            var basis = Math.Max(MinRate, _enabled ? Math.Min(Accepted(), _rate) : Accepted());
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
            return true;
        }
    }

    private double Cubic(double now) => Scale * Math.Pow(now - _lastThrottle - _k, 3) + _maxRate;

    /// <summary>Calls sent over the last second.</summary>
    private double Sent() => _sent.Count / Window;

    /// <summary>Answers other than throttles over the last second.</summary>
    private double Accepted() => _accepted.Count / Window;

    private void Trim(double now)
    {
        while (_sent.Count > 0 && _sent.Peek() < now - Window) _sent.Dequeue();
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
