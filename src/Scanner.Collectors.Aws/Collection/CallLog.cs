using System.Globalization;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.Collection;

/// <summary>
/// Counts API attempts and failures for progress, and with --verbose writes one line per attempt. A line holds only the
/// API, account, region, attempt, status, error code and duration: never credentials, tokens, headers or signatures.
/// </summary>
internal sealed class CallLog : IAwsCallObserver
{
    private readonly TextWriter? _log;
    private readonly bool _verbose;
    private readonly object _lock = new();
    private long _calls;
    private long _failures;

    public CallLog(TextWriter? log, bool verbose)
    {
        _log = log;
        _verbose = verbose;
    }

    public long Calls => Interlocked.Read(ref _calls);
    public long Failures => Interlocked.Read(ref _failures);

    public void OnAttempt(AwsCallRecord r)
    {
        Interlocked.Increment(ref _calls);
        if (!r.Succeeded) Interlocked.Increment(ref _failures);
        if (!_verbose || _log is null) return;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"aws {r.Api} account={r.AccountId ?? "-"} region={r.Region} attempt={r.Attempt} status={r.StatusCode}{(r.ErrorCode is null ? "" : " error=" + r.ErrorCode)} {r.Duration.TotalMilliseconds:0}ms");
        Write(line);
    }

    public void Write(string line)
    {
        if (_log is null) return;
        lock (_lock) _log.WriteLine(line);
    }
}
