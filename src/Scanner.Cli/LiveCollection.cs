using Scanner.Collectors.Aws;
using Scanner.Pipeline.Snapshot;

namespace Scanner.Cli;

/// <summary>Wires the live AWS collector into a scan, with progress on stderr.</summary>
internal static class LiveCollection
{
    public static Func<CancellationToken, Task<InventorySnapshot>> For(AwsScanOptions options) => async ct =>
    {
        var progress = new ProgressReporter(Console.Error, interactive: !Console.IsErrorRedirected);
        var result = await new AwsCollector().CollectAsync(options, progress, ct);
        progress.Finish();
        foreach (var skipped in result.SkippedAccounts) Console.Error.WriteLine($"latticescan: skipped account {skipped}");
        return new InventorySnapshot
        {
            Resources = result.Collection.Resources,
            // Accounts skipped on purpose (suspended, excluded, another shard) are listed in the reports too.
            Diagnostics = [.. result.Collection.Diagnostics, .. result.SkippedAccounts.Select(Skipped)],
            Organization = result.Organization,
            Accounts = result.AccountsScanned,
            Regions = result.Regions,
            CollectedAt = TimeProvider.System.GetUtcNow(),
        };
    };

    private static Scanner.Core.Findings.ScanDiagnostic Skipped(string account) => new()
    {
        Level = "note",
        Code = "AccountSkipped",
        Message = "account skipped: " + account,
        AccountId = account.Split(':')[0],
    };
}
