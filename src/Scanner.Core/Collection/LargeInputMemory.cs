namespace Scanner.Core.Collection;

/// <summary>
/// A collector that has just let go of a large input's text (a plan's bytes once its entries are read) asks for one
/// full collection, so that the text's memory is reused for the inventory instead of the heap growing by its size again.
/// The text lives in the large-object heap, which only a full collection frees, and little else triggers one while a
/// collector builds its resources. Small inputs are left to the runtime: the collection would cost more than it frees.
/// </summary>
public static class LargeInputMemory
{
    /// <summary>Inputs at least this large (bytes) are released with a full collection.</summary>
    public const int Threshold = 16 * 1024 * 1024;

    public static void Release(long inputBytes)
    {
        if (inputBytes >= Threshold) GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
    }
}
