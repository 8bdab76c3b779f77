namespace Scanner.Core.Collection;

/// <summary>
/// A collector that has just let go of a large input's text (a plan's bytes once its entries are read) asks for one
/// full collection, so that the text's memory is reused for the inventory instead of the heap growing by its size again.
/// The text lives in the large-object heap, which only a full collection frees, and little else triggers one while a
/// collector builds its resources. Small inputs are left to the runtime: the collection would cost more than it frees.
/// Between a scan's phases (<see cref="BetweenPhases"/>) a large heap is compacted once for the same reason.
/// </summary>
public static class LargeInputMemory
{
    /// <summary>Inputs at least this large (bytes) are released with a full collection.</summary>
    public const int Threshold = 16 * 1024 * 1024;

    /// <summary>Heaps at least this large (bytes, live and not yet collected) are compacted between a scan's phases.</summary>
    public const long PhaseThreshold = 32L * 1024 * 1024;

    public static void Release(long inputBytes)
    {
        if (inputBytes >= Threshold) GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
    }

    /// <summary>
    /// Called when a phase of a scan has ended (the inventory is built; the findings are made): what the phase made and
    /// dropped lies scattered among what lives on, and without a full collection the next phase grows the heap past it.
    /// One compacting collection packs the live objects together, so the next phase reuses the space. A large heap only:
    /// a small scan ends before it would pay off.
    /// </summary>
    public static void BetweenPhases()
    {
        if (GC.GetTotalMemory(forceFullCollection: false) >= PhaseThreshold)
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
