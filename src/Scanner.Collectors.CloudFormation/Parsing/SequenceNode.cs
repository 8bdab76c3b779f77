namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>A sequence (YAML block or flow sequence, JSON array).</summary>
internal sealed class SequenceNode : TemplateNode
{
    private long _size = 1;

    /// <inheritdoc />
    public override long Size => _size;

    private readonly List<TemplateNode> _items = [];

    public SequenceNode(int line, int column) : base(line, column)
    {
    }

    public IReadOnlyList<TemplateNode> Items => _items;

    public void Add(TemplateNode item)
    {
        _items.Add(item);
        _size = Grown(_size, item.Size);
    }
}
