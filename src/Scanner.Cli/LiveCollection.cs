using Scanner.Collectors.Aws;
using Scanner.Library;
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
        return LiveInventory.From(result);
    };
}
