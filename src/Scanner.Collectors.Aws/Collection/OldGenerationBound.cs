namespace Scanner.Collectors.Aws.Collection;

/// <summary>
/// Keeps an organization scan's garbage from growing with what it keeps. The runtime lets its oldest generation grow
/// by a share of its size before it collects it, and answers that were in flight when a young collection ran end up
/// there; so the more a scan retains (a thousand accounts' resources), the more dead answers it also carries, and peak
/// memory minus the inventory grew with the number of accounts. Checked as each account finishes: once the oldest
/// generation has grown by <see cref="Allowance"/> since the last full collection, one full blocking collection runs
/// (tens of milliseconds, in a scan whose pace is set by AWS's rate limits).
/// </summary>
internal sealed class OldGenerationBound
{
    /// <summary>Growth of the oldest generation (bytes) that a full collection is run for.</summary>
    public const long Allowance = 16L * 1024 * 1024;

    private readonly Func<long> _oldGenerationSize;
    private readonly Action _collect;
    private readonly object _lock = new();
    private long _sizeAfterFull;

    public OldGenerationBound() : this(OldGenerationSize, () => GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true))
    {
    }

    /// <param name="oldGenerationSize">The oldest generation's size now.</param>
    /// <param name="collect">A full collection.</param>
    internal OldGenerationBound(Func<long> oldGenerationSize, Action collect)
    {
        _oldGenerationSize = oldGenerationSize;
        _collect = collect;
        _sizeAfterFull = oldGenerationSize();
    }

    /// <summary>Runs a full collection when the oldest generation has grown by the allowance; true when it did.</summary>
    public bool Check()
    {
        if (_oldGenerationSize() - Volatile.Read(ref _sizeAfterFull) < Allowance) return false;
        lock (_lock)
        {
            if (_oldGenerationSize() - _sizeAfterFull < Allowance) return false;
            _collect();
            Volatile.Write(ref _sizeAfterFull, _oldGenerationSize());
            return true;
        }
    }

    /// <summary>The oldest generation's size after the most recent collection of any kind.</summary>
    private static long OldGenerationSize() => GC.GetGCMemoryInfo(GCKind.Any).GenerationInfo[2].SizeAfterBytes;
}
