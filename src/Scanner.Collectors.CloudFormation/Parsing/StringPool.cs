namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// One copy of each short text a template repeats: keys (<c>Type</c>, <c>Properties</c>, <c>Ref</c>), resource types,
/// references and common values recur thousands of times in a large template, and the YAML parser hands each
/// occurrence over as a new string. Longer texts (policies, descriptions) are rarely repeated and are kept as given.
/// </summary>
internal sealed class StringPool
{
    /// <summary>Longest text pooled, in characters.</summary>
    public const int MaxPooledLength = 64;

    private readonly HashSet<string> _pool = new(StringComparer.Ordinal);

    public string Intern(string text)
    {
        if (text.Length > MaxPooledLength) return text;
        if (_pool.TryGetValue(text, out var pooled)) return pooled;
        _pool.Add(text);
        return text;
    }
}
