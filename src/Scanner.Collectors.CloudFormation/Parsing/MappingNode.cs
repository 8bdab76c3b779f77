namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// A mapping with scalar keys in document order. Keys are unique: the readers reject duplicates, because
/// CloudFormation does and because "last one wins" would hide what a reviewer sees first.
/// </summary>
internal sealed class MappingNode : TemplateNode
{
    private long _size = 1;

    /// <inheritdoc />
    public override long Size => _size;

    // Most template mappings have a handful of keys: scan them, and index only larger ones (less garbage on big files).
    private const int IndexThreshold = 8;

    private readonly List<KeyValuePair<ScalarNode, TemplateNode>> _entries = [];
    private Dictionary<string, int>? _index;

    public MappingNode(int line, int column) : base(line, column)
    {
    }

    public IReadOnlyList<KeyValuePair<ScalarNode, TemplateNode>> Entries => _entries;

    public int Count => _entries.Count;

    /// <summary>The key node already holding <paramref name="key"/>, if any (for duplicate-key messages).</summary>
    public ScalarNode? KeyNode(string key) => IndexOf(key) is var i and >= 0 ? _entries[i].Key : null;

    public TemplateNode? Get(string key) => IndexOf(key) is var i and >= 0 ? _entries[i].Value : null;

    /// <summary>Adds an entry; returns false (and adds nothing) when the key is already present.</summary>
    public bool TryAdd(ScalarNode key, TemplateNode value)
    {
        if (IndexOf(key.Text) >= 0) return false;
        _entries.Add(new(key, value));
        if (_index is not null) _index.Add(key.Text, _entries.Count - 1);
        else if (_entries.Count > IndexThreshold)
        {
            _index = new Dictionary<string, int>(_entries.Count * 2, StringComparer.Ordinal);
            for (var i = 0; i < _entries.Count; i++) _index.Add(_entries[i].Key.Text, i);
        }
        _size = Grown(_size, key.Size + value.Size);
        return true;
    }

    private int IndexOf(string key)
    {
        if (_index is not null) return _index.TryGetValue(key, out var found) ? found : -1;
        for (var i = 0; i < _entries.Count; i++)
            if (string.Equals(_entries[i].Key.Text, key, StringComparison.Ordinal)) return i;
        return -1;
    }
}
