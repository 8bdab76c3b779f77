using System.Collections.Concurrent;
using Scanner.Core.Findings;

namespace Scanner.Collectors.Aws.Collection;

/// <summary>Counts finished account×region units (and accounts whose every region is done) and reports after each.</summary>
internal sealed class ProgressTracker
{
    private readonly IProgress<AwsScanProgress>? _progress;
    private readonly CallLog _log;
    private readonly ConcurrentQueue<ScanDiagnostic> _diagnostics;
    private readonly ConcurrentDictionary<string, int> _regionsLeft;
    private readonly int _units;
    private int _unitsDone;
    private int _accountsDone;

    public ProgressTracker(IProgress<AwsScanProgress>? progress, CallLog log, ConcurrentQueue<ScanDiagnostic> diagnostics,
        IReadOnlyList<string> accounts, int regions)
    {
        _progress = progress;
        _log = log;
        _diagnostics = diagnostics;
        _regionsLeft = new ConcurrentDictionary<string, int>(accounts.ToDictionary(a => a, _ => regions), StringComparer.Ordinal);
        _units = accounts.Count * regions;
        Report(0, null, null);
    }

    /// <summary>Counts a finished unit; true when it was the account's last region.</summary>
    public bool UnitDone(string account, string region)
    {
        var done = Interlocked.Increment(ref _unitsDone);
        var accountDone = _regionsLeft.AddOrUpdate(account, 0, (_, n) => n - 1) == 0;
        if (accountDone) Interlocked.Increment(ref _accountsDone);
        Report(done, account, region);
        return accountDone;
    }

    private void Report(int done, string? account, string? region) =>
        _progress?.Report(new AwsScanProgress(done, _units, Volatile.Read(ref _accountsDone), _regionsLeft.Count, _log.Calls,
            _diagnostics.Count(d => d.MakesScanIncomplete), account, region));
}
