namespace Scanner.Core.Collection;

/// <summary>
/// One copy of each short text an input repeats: keys (<c>Type</c>, <c>Properties</c>, <c>Ref</c> in a template,
/// attribute names in a plan), resource types, references and common values recur thousands of times in a large
/// input, and a parser hands each occurrence over as a new string. Longer texts (policies, descriptions) are rarely
/// repeated and are kept as given. One pool per input document, so it never outlives what it read.
/// </summary>
public sealed class StringPool
{
    /// <summary>Longest text pooled, in characters.</summary>
    public const int MaxPooledLength = 64;

    private readonly HashSet<string> _pool = new(StringComparer.Ordinal);

    public string Intern(string text)
    {
        if (text.Length > MaxPooledLength) return text;
        if (_pool.TryGetValue(text, out var pooled)) return pooled;
        _pool.Add(text);
        HeldBytes += ObjectBytes.Text(text.Length) + ObjectBytes.PoolEntry;
        return text;
    }

    /// <summary>Estimated bytes of the pool's texts and entries (<see cref="ObjectBytes"/>), for <see cref="InputMemoryBudget"/>.</summary>
    public long HeldBytes { get; private set; }
}
