namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// A mapping key: its text and the 1-based line and column where it starts. Keys are kept inside their mapping's
/// entries rather than as nodes of their own (a template has about as many keys as all other nodes together).
/// </summary>
internal readonly record struct TemplateKey(string Text, int Line, int Column)
{
    public override string ToString() => Text;
}
