using Scanner.Core.Findings;
using Scanner.Rules.Yaml;
using YamlDotNet.RepresentationModel;

namespace Scanner.Rules.Definitions;

/// <summary>
/// Reads a rule's <c>compliance:</c> list: entries of <c>framework</c> (a <see cref="ComplianceFrameworks"/> id),
/// <c>control</c> (well-formed for that framework) and a one-line <c>reason</c>. Errors name file:line:col.
/// </summary>
internal static class ComplianceReader
{
    public static IReadOnlyList<ComplianceControl> Read(YamlNode node, string file)
    {
        if (node is not YamlSequenceNode list) throw node.Error(file, "'compliance' must be a list of { framework, control, reason }");
        var result = new List<ComplianceControl>();
        var seen = new HashSet<(string, string)>();
        foreach (var item in list.Children)
        {
            var map = item.AsMapping(file, "a compliance entry");
            string? framework = null, control = null, reason = null;
            foreach (var (k, v) in map.Children)
            {
                var text = v.AsString(file, $"'compliance.{k}'");
                switch (k.KeyName(file))
                {
                    case "framework": framework = text; break;
                    case "control": control = text; break;
                    case "reason": reason = text; break;
                    default: throw k.Error(file, $"unknown field 'compliance.{k}' (framework, control, reason)");
                }
            }
            if (framework is null || control is null || string.IsNullOrWhiteSpace(reason))
                throw item.Error(file, "a compliance entry needs 'framework', 'control' and a non-empty 'reason'");
            var known = ComplianceFrameworks.Find(framework)
                ?? throw item.Error(file, $"unknown compliance framework '{framework}' (frameworks: {string.Join(", ", ComplianceFrameworks.All.Select(f => f.Id))})");
            if (known.Id != framework) throw item.Error(file, $"compliance framework '{framework}' must be written '{known.Id}'");
            if (!known.IsWellFormed(control))
                throw item.Error(file, $"control '{control}' is not a {known.Name} control id (like {known.ControlExample})");
            if (reason.Contains('\n', StringComparison.Ordinal)) throw item.Error(file, $"the reason for {framework} {control} must be one line");
            if (!seen.Add((framework, control))) throw item.Error(file, $"{framework} {control} is listed twice");
            result.Add(new ComplianceControl(framework, control, reason.Trim()));
        }
        return result;
    }
}
