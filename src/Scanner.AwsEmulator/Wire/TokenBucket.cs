using System.Diagnostics;

namespace Scanner.AwsEmulator.Wire;

/// <summary>A rate limit as AWS meters one account's calls to one API in one region: a bucket refilled at a steady rate.</summary>
internal sealed class TokenBucket
{
    private readonly Lock _lock = new();
    private readonly double _capacity;
    private double _tokens;
    private long _last = Stopwatch.GetTimestamp();

    public TokenBucket(double capacity)
    {
        _capacity = capacity;
        _tokens = capacity;
    }

    public bool TryTake(double rate, long now)
    {
        lock (_lock)
        {
            _tokens = Math.Min(_capacity, _tokens + (now - _last) * rate / Stopwatch.Frequency);
            _last = now;
            if (_tokens < 1) return false;
            _tokens -= 1;
            return true;
        }
    }
}
