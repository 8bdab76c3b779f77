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
    /// A scalar is one node and stores nothing for it (templates hold millions of scalars).
    public virtual long Size => 1;

    /// <summary>A size plus a child's expanded size, saturating instead of overflowing.</summary>
    protected static long Grown(long size, long childSize) => size > long.MaxValue - childSize ? long.MaxValue : size + childSize;
}
