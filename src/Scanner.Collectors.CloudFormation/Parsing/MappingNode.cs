namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// A mapping with scalar keys in document order. Keys are unique: the readers reject duplicates, because
/// CloudFormation does and because "last one wins" would hide what a reviewer sees first.
/// </summary>
internal class MappingNode : TemplateNode
{
    private long _size = 1;

    /// <inheritdoc />
    public override long Size => _size;

    // Most template mappings have a handful of keys: scan them, and index only larger ones (less garbage on big files).
    private const int IndexThreshold = 16;

    // Entries in one array, trimmed to their number once the mapping is complete (Entries, Trim): a template holds
    // hundreds of thousands of small mappings.
    private KeyValuePair<TemplateKey, TemplateNode>[] _entries = [];
    private int _count;
    private Dictionary<string, int>? _index;

    public MappingNode(int line, int column) : base(line, column)
    {
    }

    /// <summary>A mapping with room for <paramref name="capacity"/> entries (when the number is known beforehand).</summary>
    public MappingNode(int line, int column, int capacity) : base(line, column)
    {
        _entries = capacity == 0 ? [] : new KeyValuePair<TemplateKey, TemplateNode>[capacity];
    }

    public IReadOnlyList<KeyValuePair<TemplateKey, TemplateNode>> Entries
    {
        get
        {
            Trim();
            return _entries;
        }
    }

    public int Count => _count;

    /// <summary>The key already holding <paramref name="key"/>, if any (for duplicate-key messages).</summary>
    public TemplateKey? KeyNode(string key) => IndexOf(key) is var i and >= 0 ? _entries[i].Key : null;

    public TemplateNode? Get(string key) => IndexOf(key) is var i and >= 0 ? _entries[i].Value : null;

    /// <summary>Adds an entry; returns false (and adds nothing) when the key is already present.</summary>
    public bool TryAdd(TemplateKey key, TemplateNode value)
    {
        if (IndexOf(key.Text) >= 0) return false;
        if (_count == _entries.Length) Array.Resize(ref _entries, Math.Max(4, _count * 2));
        _entries[_count++] = new(key, value);
        if (_index is not null) _index.Add(key.Text, _count - 1);
        else if (_count > IndexThreshold)
        {
            _index = new Dictionary<string, int>(_count * 2, StringComparer.Ordinal);
            for (var i = 0; i < _count; i++) _index.Add(_entries[i].Key.Text, i);
        }
        _size = Grown(_size, 1 + value.Size);
        return true;
    }

    /// <summary>Gives back the room kept for further entries (the readers call it when the mapping ends).</summary>
    public void Trim()
    {
        if (_count != _entries.Length) Array.Resize(ref _entries, _count);
    }

    private int IndexOf(string key)
    {
        if (_index is not null) return _index.TryGetValue(key, out var found) ? found : -1;
        for (var i = 0; i < _count; i++)
            if (string.Equals(_entries[i].Key.Text, key, StringComparison.Ordinal)) return i;
        return -1;
    }
}
