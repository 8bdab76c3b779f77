using System.Runtime.CompilerServices;
using Scanner.Core.Collection;
using Scanner.Pipeline.Snapshot;

namespace Scanner.Pipeline.Tests;

/// <summary>Tests that look at what a full collection left alive run alone: another test's collection would count too.</summary>
[CollectionDefinition(nameof(PipelineCollections), DisableParallelization = true)]
public sealed class PipelineCollections;

[Collection(nameof(PipelineCollections))]
public sealed class ScanPipelineMemoryTests
{
    private static readonly string Plan = Path.Combine(RepoPaths.Root, "examples", "terraform", "plan.json");

    [Fact]
    public async Task RunAsync_ResourcesNotKept_FreedByTheCompactionAfterEvaluation()
    {
        var tracked = new List<WeakReference>();
        var request = Request(tracked) with { KeepResources = false };

        // Every phase counts as large, so the heap is compacted after the collection and after the evaluation.
        var outcome = await new ScanPipeline(TimeProvider.System) { CompactionThreshold = 0 }.RunAsync(request, CancellationToken.None);

        Assert.Empty(outcome.Inventory.Resources);
        Assert.NotEmpty(outcome.Report.Findings);
        Assert.True(outcome.Report.InventorySummary.Values.Sum() > 0);
        // No collection here: the one the pipeline ran after the evaluation must already have freed the resources.
        Assert.False(Assert.Single(tracked).IsAlive, "the resources outlived the compaction after the evaluation");
    }

    [Fact]
    public async Task RunAsync_ResourcesKeptByDefault_SameFindings()
    {
        var kept = await new ScanPipeline(TimeProvider.System).RunAsync(Request([]), CancellationToken.None);
        var notKept = await new ScanPipeline(TimeProvider.System).RunAsync(Request([]) with { KeepResources = false }, CancellationToken.None);

        Assert.Equal(kept.Report.InventorySummary.Values.Sum(), kept.Inventory.Resources.Count);
        Assert.Equal(kept.Report.Findings.Select(f => f.Fingerprint), notKept.Report.Findings.Select(f => f.Fingerprint));
        Assert.Equal(kept.Report.InventorySummary, notKept.Report.InventorySummary);
        Assert.Equal(kept.Inventory.Organization.AccountIds, notKept.Inventory.Organization.AccountIds);
    }

    private static ScanRequest Request(List<WeakReference> tracked) => new()
    {
        RuleDirectories = [RepoPaths.Rules],
        OrganizationAccounts = ["111111111111", "222222222222"],
        LiveCollection = _ => Task.FromResult(Collect(tracked)),
    };

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static InventorySnapshot Collect(List<WeakReference> tracked)
    {
        var collected = new InputCollector().TerraformFile(Plan);
        tracked.Add(new WeakReference(collected.Resources));
        return new InventorySnapshot { Resources = collected.Resources, Diagnostics = collected.Diagnostics };
    }
}
