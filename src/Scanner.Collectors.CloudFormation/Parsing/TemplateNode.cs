namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// One node of the parsed template with the 1-based line and column where it starts. YAML and JSON both parse
/// into this small tree, so resolution and mapping never see the parser's own types. Nodes reached through a YAML
/// alias are shared, not copied; <see cref="Size"/> is the expanded node count that the alias guard adds up.
/// </summary>
internal abstract class TemplateNode
{
    protected TemplateNode(int line, int column)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }
    public int Column { get; }

    /// <summary>Nodes in this subtree with every alias expanded (saturates at <see cref="long.MaxValue"/>).</summary>
    public long Size { get; protected set; } = 1;

    /// <summary>Adds a child's expanded size, saturating instead of overflowing.</summary>
    protected void Grow(long childSize) => Size = Size > long.MaxValue - childSize ? long.MaxValue : Size + childSize;
}
