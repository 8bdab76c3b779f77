using System.Buffers;
using System.Runtime.InteropServices;
using Scanner.Core.Collection;

namespace Scanner.Core.Files;

/// <summary>
/// A whole input file's bytes outside the GC heap, for a text that is checked once and let go before what is built
/// from it grows (a plan's or snapshot's check pass). Freeing it gives the memory back to the system at once; a large
/// array on the GC heap stays resident after it is collected until the runtime decommits its space, which it did not
/// do before a large scan's peak. Read like <see cref="InputFile.ReadAllBytes"/> (regular files only, bounded by bytes
/// actually read). Dispose it exactly once, and only when nothing reads its memory any more.
/// </summary>
public sealed unsafe class NativeText : MemoryManager<byte>
{
    private byte* _bytes;
    private int _length;

    private NativeText(byte* bytes, int length)
    {
        _bytes = bytes;
        _length = length;
    }

    public int Length => _length;

    /// <summary>Reads the whole file; <paramref name="tooLarge"/> as for <see cref="InputFile.ReadAllBytes"/>.</summary>
    public static NativeText Read(string path, long maxBytes, Func<long?, InputException> tooLarge)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(tooLarge);
        InputFile.RequireRegular(path);
        byte* bytes = null;
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, FileOptions.SequentialScan);
            var reported = RandomAccess.GetLength(handle);
            if (reported > maxBytes) throw tooLarge(reported);
            // The reported length is the usual size; a file that grows meanwhile is read on, still bounded by bytes read.
            long capacity = Math.Max(reported, 0), total = 0;
            bytes = (byte*)NativeMemory.Alloc((nuint)Math.Max(capacity, 1));
            Span<byte> probe = stackalloc byte[1];
            while (true)
            {
                if (total == capacity)
                {
                    if (RandomAccess.Read(handle, probe, total) == 0) break;
                    if (total + 1 > maxBytes) throw tooLarge(null);
                    capacity = Math.Min(Math.Max(capacity * 2, total + 1024 * 1024), Math.Min(maxBytes, Array.MaxLength));
                    bytes = (byte*)NativeMemory.Realloc(bytes, (nuint)capacity);
                    bytes[total++] = probe[0];
                    continue;
                }
                var n = RandomAccess.Read(handle, new Span<byte>(bytes + total, (int)Math.Min(capacity - total, int.MaxValue)), total);
                if (n == 0) break;
                total += n;
            }
            var text = new NativeText(bytes, (int)total);
            bytes = null;
            return text;
        }
        catch (Exception e) when (InputFile.IsReadFailure(e))
        {
            throw InputFile.ReadFailure(path, e);
        }
        finally
        {
            if (bytes is not null) NativeMemory.Free(bytes);
        }
    }

    public override Span<byte> GetSpan() =>
        _bytes is null ? throw new ObjectDisposedException(nameof(NativeText)) : new Span<byte>(_bytes, _length);

    public override MemoryHandle Pin(int elementIndex = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(elementIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(elementIndex, _length);
        return _bytes is null ? throw new ObjectDisposedException(nameof(NativeText)) : new MemoryHandle(_bytes + elementIndex);
    }

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (_bytes is null) return;
        NativeMemory.Free(_bytes);
        _bytes = null;
        _length = 0;
    }
}
