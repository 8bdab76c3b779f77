using Scanner.Collectors.Aws;

namespace Scanner.Cli;

/// <summary>
/// Live-scan progress on stderr. On a terminal: one line rewritten in place (units and accounts done of total,
/// API calls, errors). Otherwise: one line per finished account at most, so CI logs stay short.
/// </summary>
internal sealed class ProgressReporter(TextWriter output, bool interactive) : IProgress<AwsScanProgress>
{
    private readonly object _gate = new();
    private int _accountsReported;
    private bool _lineOpen;

    public void Report(AwsScanProgress p)
    {
        lock (_gate)
        {
            if (interactive)
            {
                output.Write($"\rlatticescan: {p.UnitsDone}/{p.UnitsTotal} account-regions, {p.AccountsDone}/{p.AccountsTotal} accounts, {p.ApiCalls} API calls, {p.Errors} errors   ");
                _lineOpen = true;
                return;
            }
            if (p.AccountsDone <= _accountsReported) return;
            _accountsReported = p.AccountsDone;
            output.WriteLine($"latticescan: {p.AccountsDone}/{p.AccountsTotal} accounts done ({p.ApiCalls} API calls, {p.Errors} errors)");
        }
    }

    public void Finish()
    {
        lock (_gate)
        {
            if (_lineOpen) output.WriteLine();
            _lineOpen = false;
        }
    }
}
