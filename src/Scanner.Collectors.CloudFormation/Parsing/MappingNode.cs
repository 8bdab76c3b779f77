namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// A mapping with scalar keys in document order. Keys are unique: the readers reject duplicates, because
/// CloudFormation does and because "last one wins" would hide what a reviewer sees first.
/// </summary>
internal sealed class MappingNode : TemplateNode
{
    private readonly List<KeyValuePair<ScalarNode, TemplateNode>> _entries = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public MappingNode(int line, int column) : base(line, column)
    {
    }

    public IReadOnlyList<KeyValuePair<ScalarNode, TemplateNode>> Entries => _entries;

    public int Count => _entries.Count;

    /// <summary>The key node already holding <paramref name="key"/>, if any (for duplicate-key messages).</summary>
    public ScalarNode? KeyNode(string key) => _index.TryGetValue(key, out var i) ? _entries[i].Key : null;

    public TemplateNode? Get(string key) => _index.TryGetValue(key, out var i) ? _entries[i].Value : null;

    /// <summary>Adds an entry; returns false (and adds nothing) when the key is already present.</summary>
    public bool TryAdd(ScalarNode key, TemplateNode value)
    {
        if (!_index.TryAdd(key.Text, _entries.Count)) return false;
        _entries.Add(new(key, value));
        Grow(key.Size + value.Size);
        return true;
    }
}
