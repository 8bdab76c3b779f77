using Scanner.Core.Collection;
using YamlDotNet.RepresentationModel;

namespace Scanner.Rules.Yaml;

/// <summary>Typed reads of YAML nodes that fail with the file, line and column of the offending node.</summary>
internal static class YamlNodeExtensions
{
    public static InputException Error(this YamlNode node, string file, string reason) =>
        new(file, reason, (int)node.Start.Line, (int)node.Start.Column);

    public static YamlMappingNode AsMapping(this YamlNode node, string file, string what) =>
        node as YamlMappingNode ?? throw node.Error(file, $"{what} must be a mapping");

    public static YamlSequenceNode AsSequence(this YamlNode node, string file, string what) =>
        node as YamlSequenceNode ?? throw node.Error(file, $"{what} must be a list");

    public static string AsString(this YamlNode node, string file, string what)
    {
        if (node is not YamlScalarNode s || s.Value is null) throw node.Error(file, $"{what} must be a string");
        return s.Value;
    }

    public static IReadOnlyList<string> AsStringList(this YamlNode node, string file, string what) =>
        node.AsSequence(file, what).Children.Select(c => c.AsString(file, $"each entry of {what}")).ToList();

    public static string KeyName(this YamlNode key, string file) =>
        key is YamlScalarNode { Value: { } v } ? v : throw key.Error(file, "keys must be plain strings");
}
