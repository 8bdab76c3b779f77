using Scanner.Core.Collection;

namespace Scanner.Core.Tests.Collection;

/// <summary>Tests that count full collections run alone: another test's collection would be counted too.</summary>
[CollectionDefinition(nameof(FullCollectionCounting), DisableParallelization = true)]
public sealed class FullCollectionCounting;

[Collection(nameof(FullCollectionCounting))]
public sealed class LargeInputMemoryTests
{
    [Fact]
    public void BetweenPhases_CompactsAfterAPhaseThatAllocatedMuch_NotBecauseTheHeapIsLarge()
    {
        // A program embedding the scanner may hold a large heap of its own: a small scan must not collect it.
        var held = new byte[2 * LargeInputMemory.PhaseThreshold];
        held[^1] = 1;
        var phase = LargeInputMemory.StartPhase();
        var before = GC.CollectionCount(2);
        phase = LargeInputMemory.BetweenPhases(phase);
        Assert.Equal(before, GC.CollectionCount(2));

        // A phase that allocated more than the threshold is followed by a full collection.
        for (var allocated = 0L; allocated <= LargeInputMemory.PhaseThreshold; allocated += 1024 * 1024)
            GC.KeepAlive(new byte[1024 * 1024]);
        before = GC.CollectionCount(2);
        LargeInputMemory.BetweenPhases(phase);
        Assert.True(GC.CollectionCount(2) > before, "no full collection after a large phase");
        GC.KeepAlive(held);
    }
}
