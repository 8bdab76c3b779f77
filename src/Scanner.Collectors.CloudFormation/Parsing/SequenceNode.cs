namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>A sequence (YAML block or flow sequence, JSON array).</summary>
internal sealed class SequenceNode : TemplateNode
{
    private readonly List<TemplateNode> _items = [];

    public SequenceNode(int line, int column) : base(line, column)
    {
    }

    public IReadOnlyList<TemplateNode> Items => _items;

    public void Add(TemplateNode item)
    {
        _items.Add(item);
        Grow(item.Size);
    }
}
