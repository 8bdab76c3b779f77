using System.Globalization;
using System.Text.RegularExpressions;
using Scanner.Core.Findings;
using Scanner.Core.Schema;
using Scanner.Rules.Yaml;
using YamlDotNet.RepresentationModel;

namespace Scanner.Rules.Definitions;

/// <summary>
/// Reads a rule file into a <see cref="RuleDefinition"/>, rejecting unknown fields, missing required fields and
/// wrongly typed values with file, line and column. The fields are those of <see cref="RuleFields"/>, from which
/// <c>rules/rule.schema.json</c> and the field table of <c>rules/README.md</c> are generated.
/// </summary>
public static partial class RuleDefinitionReader
{
    [GeneratedRegex(RuleFields.IdPattern)]
    private static partial Regex IdPattern();

    [GeneratedRegex(RuleFields.NamePattern)]
    private static partial Regex NamePattern();

    public static RuleDefinition Read(YamlNode root, string file, InventorySchema schema)
    {
        var ruleFields = RuleFields.For(schema);
        var known = ruleFields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var required = ruleFields.Where(f => f.Required).Select(f => f.Name);
        var map = root.AsMapping(file, "a rule file");
        var fields = new Dictionary<string, (YamlNode Key, YamlNode Value)>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            var field = k.KeyName(file);
            if (!known.Contains(field))
                throw k.Error(file, $"unknown field '{field}' (rule fields: {string.Join(", ", known.Order(StringComparer.Ordinal))})");
            if (!fields.TryAdd(field, (k, v))) throw k.Error(file, $"field '{field}' is given twice");
        }
        foreach (var r in required)
            if (!fields.ContainsKey(r)) throw root.Error(file, $"missing required field '{r}'");

        string Str(string key) => fields[key].Value.AsString(file, $"'{key}'");
        string? OptStr(string key) => fields.TryGetValue(key, out var f) ? f.Value.AsString(file, $"'{key}'") : null;

        var id = Str("id");
        if (!IdPattern().IsMatch(id)) throw fields["id"].Value.Error(file, $"id '{id}' must look like LATTICE-GW-001 (upper-case words joined by '-')");
        var name = Str("name");
        if (!NamePattern().IsMatch(name)) throw fields["name"].Value.Error(file, $"name '{name}' must be kebab-case (gateway-sg-open-ingress)");
        if (!SeverityNames.TryParse(Str("severity"), out var severity) || Str("severity") != Str("severity").ToLowerInvariant())
            throw fields["severity"].Value.Error(file, $"severity '{Str("severity")}' must be one of critical, high, medium, low, info");

        double? score = null;
        if (fields.TryGetValue("security_severity", out var ss))
        {
            if (!double.TryParse(ss.Value.AsString(file, "'security_severity'"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) || s <= 0 || s > 10)
                throw ss.Value.Error(file, "security_severity must be a number in (0, 10]");
            score = s;
        }
        var precision = OptStr("precision") ?? "high";
        if (!RuleFields.Precisions.Contains(precision))
            throw fields["precision"].Value.Error(file, $"precision '{precision}' must be one of {string.Join(", ", RuleFields.Precisions)}");
        var resource = Str("resource");
        if (schema.Kind(resource) is null)
            throw fields["resource"].Value.Error(file, $"unknown resource kind '{resource}' (kinds: {string.Join(", ", schema.Kinds.Select(k => k.Kind).Order(StringComparer.Ordinal))})");
        var unknownText = OptStr("unknown") ?? "skip";
        if (!UnknownPolicyNames.TryParse(unknownText, out var unknown))
            throw fields["unknown"].Value.Error(file, $"unknown '{unknownText}' must be 'fire' or 'skip'");
        var ownersText = OptStr("owners") ?? "organization";
        if (!OwnerScopeNames.TryParse(ownersText, out var owners))
            throw fields["owners"].Value.Error(file, $"owners '{ownersText}' must be 'organization' or 'any'");
        var deprecated = false;
        if (fields.TryGetValue("deprecated", out var dep))
        {
            var d = dep.Value.AsString(file, "'deprecated'");
            if (d is not ("true" or "false")) throw dep.Value.Error(file, "deprecated must be true or false");
            deprecated = d == "true";
        }
        var tags = fields.TryGetValue("tags", out var t) ? t.Value.AsStringList(file, "'tags'") : [];
        if (tags.Count > RuleFields.MaxTags) throw t.Value.Error(file, $"at most {RuleFields.MaxTags} tags (code-scanning UIs show no more)");

        return new RuleDefinition
        {
            File = file,
            Line = (int)root.Start.Line,
            Id = id,
            Name = name,
            Title = Str("title"),
            Severity = severity,
            SecuritySeverity = score,
            SeverityRationale = Str("severity_rationale"),
            Precision = precision,
            Description = Str("description"),
            Remediation = ReadRemediation(fields["remediation"].Value, file),
            Help = OptStr("help"),
            HelpUri = ReadHelpUri(fields, file),
            References = fields.TryGetValue("references", out var refs) ? refs.Value.AsStringList(file, "'references'") : [],
            Tags = tags,
            Compliance = fields.TryGetValue("compliance", out var c) ? ComplianceReader.Read(c.Value, file) : [],
            Resource = resource,
            Unknown = unknown,
            Owners = owners,
            Message = Str("message"),
            MessageNode = fields["message"].Value,
            Condition = fields["condition"].Value,
            Deprecated = deprecated,
        };
    }

    /// <summary>An absolute http(s) address of the rule's documentation (SARIF <c>helpUri</c>), when the rule has one.</summary>
    private static string? ReadHelpUri(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string file)
    {
        if (!fields.TryGetValue("help_uri", out var entry)) return null;
        var text = entry.Value.AsString(file, "'help_uri'");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw entry.Value.Error(file, $"help_uri '{text}' must be an absolute http(s) address");
        return uri.AbsoluteUri;
    }

    private static RemediationDefinition ReadRemediation(YamlNode node, string file)
    {
        if (node is YamlScalarNode) return new RemediationDefinition(node.AsString(file, "'remediation'"), null, null, null);
        var map = node.AsMapping(file, "'remediation'");
        string? summary = null, tf = null, cfn = null, cli = null;
        foreach (var (k, v) in map.Children)
        {
            var text = v.AsString(file, $"'remediation.{k}'");
            switch (k.KeyName(file))
            {
                case "summary": summary = text; break;
                case "terraform": tf = text; break;
                case "cloudformation": cfn = text; break;
                case "cli": cli = text; break;
                default: throw k.Error(file, $"unknown field 'remediation.{k}' (summary, terraform, cloudformation, cli)");
            }
        }
        if (summary is null) throw node.Error(file, "remediation needs a 'summary'");
        return new RemediationDefinition(summary, tf, cfn, cli);
    }
}
