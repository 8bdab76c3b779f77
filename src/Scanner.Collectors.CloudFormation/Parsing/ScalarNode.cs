namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>A scalar: its text and whether it is a string, a boolean or null (plain YAML / JSON literals).</summary>
internal sealed class ScalarNode : TemplateNode
{
    public ScalarNode(string text, ScalarKind kind, int line, int column) : base(line, column)
    {
        Text = text;
        Kind = kind;
    }

    public string Text { get; }
    public ScalarKind Kind { get; }

    /// <summary>The boolean of a <see cref="ScalarKind.Boolean"/> scalar (its text is true/True/TRUE or false/…).</summary>
    public bool BooleanValue => Kind == ScalarKind.Boolean && Text.Equals("true", StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Text;
}
