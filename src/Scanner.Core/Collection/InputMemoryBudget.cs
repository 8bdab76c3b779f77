using System.Globalization;
using Scanner.Core.Inventory;

namespace Scanner.Core.Collection;

/// <summary>
/// How much memory one input file may grow into while a collector reads it: <see cref="Ratio"/> times its size plus
/// <see cref="Allowance"/>. What the collector holds (the inventory's resources, values, references and locations, and
/// for a template its parsed definitions not yet mapped) is estimated as it is made, from the objects' sizes on a
/// 64-bit runtime (<see cref="ObjectBytes"/>), and a file that would hold more is refused with an
/// <see cref="InputException"/> there and then. Text is several times denser than the objects it becomes when it is
/// made of many tiny parts (a list of a million distinct short ids; 400,000 two-line resources), so without this such
/// a file within the size limits would take many times its size; an ordinary input holds less than its size.
/// The estimate is deterministic: the same file is accepted or refused whatever the machine or the collector's timing.
/// </summary>
public sealed class InputMemoryBudget
{
    /// <summary>Bytes the collection may hold per byte of input, on top of <see cref="Allowance"/>.</summary>
    public const int Ratio = 2;

    /// <summary>Bytes any input may hold whatever its size, so small files are never refused.</summary>
    public const long Allowance = 32L * 1024 * 1024;

    private readonly string _file;
    // How the limit follows from the size ("2×"), for the message; null for a limit set by the caller.
    private readonly string? _ratio;
    // What each source that only grows (a value pool, its text pool) held when it was last held here.
    private readonly Dictionary<object, long> _grown = new(ReferenceEqualityComparer.Instance);

    /// <param name="file">The input, as error lines name it.</param>
    /// <param name="inputBytes">Its size in bytes.</param>
    /// <param name="limit">The most it may hold; <see cref="For"/> of its size when null.</param>
    public InputMemoryBudget(string file, long inputBytes, long? limit = null)
        : this(file, inputBytes, limit ?? For(inputBytes), limit is null ? $"{Ratio}×" : null)
    {
    }

    private InputMemoryBudget(string file, long inputBytes, long limit, string? ratio)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(inputBytes);
        _file = file;
        _ratio = ratio;
        InputBytes = inputBytes;
        Limit = limit;
    }

    /// <summary>
    /// A budget of <paramref name="halves"/> halves of the input's size plus <see cref="Allowance"/> (an input whose
    /// text is held while it is read counts it, and gets half its size more: 5 halves).
    /// </summary>
    public static InputMemoryBudget InHalves(string file, long inputBytes, int halves)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(inputBytes);
        var limit = inputBytes > (long.MaxValue - Allowance) / halves * 2 ? long.MaxValue : inputBytes / 2 * halves + Allowance;
        return new InputMemoryBudget(file, inputBytes, limit, (halves / 2.0).ToString("0.#", CultureInfo.InvariantCulture) + "×");
    }

    /// <summary>The most an input of this many bytes may hold.</summary>
    public static long For(long inputBytes) => inputBytes > (long.MaxValue - Allowance) / Ratio ? long.MaxValue : inputBytes * Ratio + Allowance;

    public long InputBytes { get; }
    public long Limit { get; }

    /// <summary>What is held now (estimated bytes).</summary>
    public long Held { get; private set; }

    /// <summary>The most held at any time so far.</summary>
    public long Peak { get; private set; }

    /// <summary>Holds <paramref name="bytes"/> more; past the limit, the input is refused.</summary>
    public void Hold(long bytes)
    {
        Held += bytes;
        if (Held > Peak) Peak = Held;
        if (Held > Limit) throw Refused();
    }

    /// <summary>Lets go of <paramref name="bytes"/> held before (never below nothing: releases are estimates too).</summary>
    public void Release(long bytes) => Held = Math.Max(0, Held - bytes);

    /// <summary>
    /// Holds what <paramref name="source"/>, which only grows (a pool, a table), grew by since it was last held here:
    /// it now holds <paramref name="bytes"/> in all.
    /// </summary>
    public void Grown(object source, long bytes)
    {
        var before = _grown.GetValueOrDefault(source);
        _grown[source] = bytes;
        if (bytes > before) Hold(bytes - before);
    }

    /// <summary>Holds what <paramref name="values"/> and its text pool kept since they were last held.</summary>
    public void Take(ValuePool values)
    {
        Grown(values, values.KeptBytes);
        Grown(values.Strings, values.Strings.HeldBytes);
    }

    /// <summary>Holds a built resource: its own objects, and the values and references its pool kept for it.</summary>
    public void Add(Resource resource, ValuePool values)
    {
        Take(values);
        Hold(ObjectBytes.Of(resource));
    }

    private InputException Refused() => new(_file,
        $"reading it would take more than {Mib(Limit)} MiB of memory " +
        (_ratio is null ? $"(the limit set for it; it is {Mib(InputBytes)} MiB)" : $"({_ratio} its {Mib(InputBytes)} MiB + {Mib(Allowance)} MiB)") +
        ": it is made of far more, smaller parts than an input of its size usually is (see \"memory per input\" in docs/limits.md); split it into several files");

    private static string Mib(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture);
}
