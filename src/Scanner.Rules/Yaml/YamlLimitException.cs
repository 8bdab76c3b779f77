using YamlDotNet.RepresentationModel;

namespace Scanner.Rules.Yaml;

/// <summary>A YAML document exceeded a safety limit (nesting, alias expansion).</summary>
public sealed class YamlLimitException(YamlNode node, string reason) : Exception(reason)
{
    public int Line => (int)node.Start.Line;
    public int Column => (int)node.Start.Column;
}
