namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>A sequence (YAML block or flow sequence, JSON array).</summary>
internal sealed class SequenceNode : TemplateNode
{
    private long _size = 1;

    /// <inheritdoc />
    public override long Size => _size;

    // Items in one array, trimmed to their number once the sequence is complete (as in MappingNode).
    private TemplateNode[] _items = [];
    private int _count;

    public SequenceNode(int line, int column) : base(line, column)
    {
    }

    /// <summary>A sequence with room for <paramref name="capacity"/> items (when the number is known beforehand).</summary>
    public SequenceNode(int line, int column, int capacity) : base(line, column)
    {
        _items = capacity == 0 ? [] : new TemplateNode[capacity];
    }

    public IReadOnlyList<TemplateNode> Items
    {
        get
        {
            Trim();
            return _items;
        }
    }

    public void Add(TemplateNode item)
    {
        if (_count == _items.Length) Array.Resize(ref _items, Math.Max(4, _count * 2));
        _items[_count++] = item;
        _size = Grown(_size, item.Size);
    }

    /// <summary>Gives back the room kept for further items (the readers call it when the sequence ends).</summary>
    public void Trim()
    {
        if (_count != _items.Length) Array.Resize(ref _items, _count);
    }
}
