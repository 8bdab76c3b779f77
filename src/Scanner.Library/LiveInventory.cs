using Scanner.Collectors.Aws;
using Scanner.Core.Findings;
using Scanner.Pipeline.Snapshot;

namespace Scanner.Library;

/// <summary>
/// Turns a live AWS collection into an inventory snapshot: resources, the organization, what was covered, every
/// failure as an error diagnostic, and the accounts skipped on purpose (suspended, excluded, another shard) as notes.
/// </summary>
public static class LiveInventory
{
    /// <summary>A collection step for a scan; <paramref name="progress"/> receives per-unit progress (may be null).</summary>
    public static Func<CancellationToken, Task<InventorySnapshot>> For(AwsScanOptions options, IProgress<AwsScanProgress>? progress = null) => async ct =>
    {
        var result = await new AwsCollector().CollectAsync(options, progress, ct);
        return From(result);
    };

    /// <summary>The snapshot of a finished collection.</summary>
    public static InventorySnapshot From(AwsCollectionResult result, TimeProvider? time = null) => new()
    {
        Resources = result.Collection.Resources,
        Diagnostics = [.. result.Collection.Diagnostics, .. result.SkippedAccounts.Select(Skipped)],
        Organization = result.Organization,
        Accounts = result.AccountsScanned,
        Regions = result.Regions,
        CollectedAt = (time ?? TimeProvider.System).GetUtcNow(),
    };

    private static ScanDiagnostic Skipped(string account) => new()
    {
        Level = DiagnosticLevel.Note,
        Code = "AccountSkipped",
        Message = "account skipped: " + account,
        AccountId = account.Split(':')[0],
    };
}
