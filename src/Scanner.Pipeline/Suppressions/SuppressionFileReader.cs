using System.Globalization;
using Scanner.Core.Collection;
using Scanner.Rules.Yaml;
using YamlDotNet.RepresentationModel;

namespace Scanner.Pipeline.Suppressions;

/// <summary>
/// Reads a suppressions file:
/// <code>
/// suppressions:
///   - rule: LATTICE-GW-002
///     resource: "arn:aws:vpc-lattice:*:111111111111:resourcegateway/*"
///     reason: Gateway SG inbound rule is required by the legacy health checker
///     owner: platform-team
///     expires: 2027-03-31
/// </code>
/// <c>rule</c>, <c>resource</c> and <c>reason</c> are required; <c>expires</c> is an ISO date.
/// </summary>
public static class SuppressionFileReader
{
    public static IReadOnlyList<SuppressionEntry> Read(string path)
    {
        var root = YamlDocumentLoader.LoadFile(path) as YamlMappingNode ?? throw new InputException(path, "a suppressions file must be a mapping with 'suppressions'", 1, 1);
        var entries = new List<SuppressionEntry>();
        foreach (var (k, v) in root.Children)
        {
            if (k is not YamlScalarNode { Value: "suppressions" }) throw Error(k, path, $"unknown field '{k}' (expected 'suppressions')");
            if (v is not YamlSequenceNode seq) throw Error(v, path, "'suppressions' must be a list");
            foreach (var item in seq.Children) entries.Add(ReadEntry(item, path));
        }
        return entries;
    }

    private static SuppressionEntry ReadEntry(YamlNode node, string path)
    {
        var map = node as YamlMappingNode ?? throw Error(node, path, "each suppression must be a mapping");
        string? rule = null, resource = null, reason = null, owner = null;
        DateOnly? expires = null;
        foreach (var (k, v) in map.Children)
        {
            var key = (k as YamlScalarNode)?.Value;
            var text = (v as YamlScalarNode)?.Value ?? throw Error(v, path, $"'{key}' must be a string");
            switch (key)
            {
                case "rule": rule = text; break;
                case "resource": resource = text; break;
                case "reason": reason = text; break;
                case "owner": owner = text; break;
                case "expires":
                    if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                        throw Error(v, path, $"expires '{text}' must be a date like 2027-03-31");
                    expires = d;
                    break;
                default: throw Error(k, path, $"unknown field '{key}' (rule, resource, reason, owner, expires)");
            }
        }
        if (rule is null) throw Error(node, path, "a suppression needs 'rule' (a rule id or *)");
        if (resource is null) throw Error(node, path, "a suppression needs 'resource' (an ARN, address or logical id; * wildcards)");
        if (string.IsNullOrWhiteSpace(reason)) throw Error(node, path, "a suppression needs a 'reason'");
        return new SuppressionEntry(rule, resource, reason, owner, expires, (int)node.Start.Line);
    }

    private static InputException Error(YamlNode n, string path, string reason) => new(path, reason, (int)n.Start.Line, (int)n.Start.Column);
}
