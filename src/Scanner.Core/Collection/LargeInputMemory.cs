namespace Scanner.Core.Collection;

/// <summary>
/// A collector that has just let go of much of a large input (a template's definitions, as they are mapped) asks for
/// one full, compacting collection (<see cref="Release"/>), so that their memory is reused for the inventory instead of
/// the heap growing by their size again: they live in the oldest generation, which only a full collection frees, and
/// little else triggers one while a collector builds its resources. Compacting, because the freed definitions lie
/// scattered among the resources built so far: swept in place, their space stayed committed beside the new resources
/// (the 190k-resource template's mapping peaked ~13 MiB higher). Small amounts are left to the runtime: the collection
/// would cost more than it frees. After a phase that allocated much (parsing a template, collecting, evaluating:
/// <see cref="BetweenPhases"/>) the heap is compacted once for the same reason.
/// </summary>
public static class LargeInputMemory
{
    /// <summary>Inputs (or parts of one) at least this large (bytes) are released with a full collection.</summary>
    public const int Threshold = 16 * 1024 * 1024;

    /// <summary>A phase that allocated at least this many bytes is followed by a compacting collection.</summary>
    public const long PhaseThreshold = 64L * 1024 * 1024;

    public static void Release(long inputBytes)
    {
        if (inputBytes >= Threshold) GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>Marks the start of a phase (see <see cref="BetweenPhases"/>).</summary>
    public static long StartPhase() => GC.GetTotalAllocatedBytes(precise: false);

    /// <summary>
    /// Called when a phase has ended (a template is parsed; the inventory is built; the findings are made): what the
    /// phase made and dropped lies scattered among what lives on, and without a full collection the next phase grows the
    /// heap past it. One compacting collection packs the live objects together, so the next phase reuses the space. Only
    /// after a phase that allocated <paramref name="threshold"/> (<see cref="PhaseThreshold"/>) or more since
    /// <paramref name="phaseStart"/>: a small scan ends before it would pay off, and the size of the process's heap is
    /// not the test, so a program that embeds the scanner and holds a large heap of its own is not collected for a small
    /// scan. Returns the mark for the next phase.
    /// </summary>
    public static long BetweenPhases(long phaseStart, long threshold = PhaseThreshold)
    {
        if (GC.GetTotalAllocatedBytes(precise: false) - phaseStart >= threshold)
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalAllocatedBytes(precise: false);
    }
}
