using System.Text;
using Scanner.Core.Findings;
using Scanner.Reporting.Common;

namespace Scanner.Reporting.Sarif;

/// <summary>
/// RuleDescriptor → reportingDescriptor with everything GitHub shows: descriptions (≤ 1024 chars, longer text is
/// cut), help text and markdown, helpUri, default level, tags (always "security", at most 10 because GitHub only
/// displays 10), precision, problem.severity and a string security-severity.
/// </summary>
internal static class SarifRuleMapper
{
    private const int MaxDescription = 1024;
    private const int MaxName = 255;
    private const int MaxTags = 10;

    public static SarifReportingDescriptor Map(RuleDescriptor rule, string? helpUriBase) => new()
    {
        Id = rule.Id,
        Name = Cut(PascalCase(NonBlank(rule.Name, rule.Id)), MaxName),
        ShortDescription = new() { Text = Cut(NonBlank(rule.Title, rule.Id), MaxDescription) },
        FullDescription = new() { Text = Cut(NonBlank(rule.Description, NonBlank(rule.Title, rule.Id)), MaxDescription) },
        Help = new() { Text = HelpText(rule), Markdown = NonBlank(rule.HelpMarkdown, HelpMarkdown(rule)) },
        HelpUri = HelpUri(rule, helpUriBase),
        DefaultConfiguration = new() { Level = SarifLevels.Level(rule.Severity) },
        Properties = new()
        {
            Tags = Tags(rule.Tags),
            Precision = rule.Precision is "very-high" or "high" or "medium" or "low" ? rule.Precision : "high",
            ProblemSeverity = SarifLevels.ProblemSeverity(rule.Severity),
            SecuritySeverity = SarifLevels.SecuritySeverity(rule.SecuritySeverity, rule.Severity),
            Severity = rule.Severity.ToName(),
            Compliance = rule.Compliance.Count == 0 ? null : rule.Compliance.Select(c => new SarifComplianceControl
            {
                Framework = c.Framework,
                Control = c.Control,
                Requirement = ComplianceText.Requirement(c),
                Reason = c.Reason,
            }).ToList(),
        },
    };

    /// <summary>
    /// A descriptor for a rule id that findings use but <see cref="ScanReport.Rules"/> lacks (a rule removed since
    /// the baseline, or a caller that passed no rules): GitHub rejects results whose rule has no metadata.
    /// </summary>
    public static SarifReportingDescriptor Placeholder(string ruleId, Severity severity, string? helpUriBase)
    {
        var text = $"Rule {ruleId}: its metadata was not part of this scan (the rule may have been removed or renamed).";
        return new()
        {
            Id = ruleId,
            Name = Cut(ruleId, MaxName),
            ShortDescription = new() { Text = Cut(ruleId, MaxDescription) },
            FullDescription = new() { Text = text },
            Help = new() { Text = text, Markdown = text },
            HelpUri = helpUriBase is null ? null : BuildHelpUri(helpUriBase, ruleId),
            DefaultConfiguration = new() { Level = SarifLevels.Level(severity) },
            Properties = new()
            {
                Tags = ["security"],
                Precision = "medium",
                ProblemSeverity = SarifLevels.ProblemSeverity(severity),
                SecuritySeverity = SarifLevels.SecuritySeverity(severity.DefaultScore(), severity),
                Severity = severity.ToName(),
            },
        };
    }

    /// <summary>The rule page URL every report links to: the configured base + id + .md, else the rule's own http(s) HelpUri.</summary>
    internal static string? HelpUri(RuleDescriptor rule, string? helpUriBase)
    {
        if (helpUriBase is not null) return BuildHelpUri(helpUriBase, rule.Id);
        return Uri.TryCreate(rule.HelpUri, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp)
            ? u.AbsoluteUri
            : null;
    }

    private static string BuildHelpUri(string helpUriBase, string ruleId) =>
        (helpUriBase.EndsWith('/') ? helpUriBase : helpUriBase + "/") + Uri.EscapeDataString(ruleId) + ".md";

    private static List<string> Tags(IReadOnlyList<string> ruleTags)
    {
        var tags = new List<string> { "security" };
        foreach (var t in ruleTags)
        {
            var tag = t.Trim();
            if (tag.Length > 0 && !tags.Contains(tag, StringComparer.Ordinal)) tags.Add(tag);
            if (tags.Count == MaxTags) break;
        }
        return tags;
    }

    private static string HelpText(RuleDescriptor rule)
    {
        var sb = new StringBuilder(NonBlank(rule.Description, NonBlank(rule.Title, rule.Id)));
        if (!string.IsNullOrWhiteSpace(rule.Remediation)) sb.Append("\n\nRemediation: ").Append(rule.Remediation.Trim());
        if (rule.References.Count > 0)
        {
            sb.Append("\n\nReferences:");
            foreach (var r in rule.References) sb.Append("\n- ").Append(r);
        }
        return sb.ToString();
    }

    private static string HelpMarkdown(RuleDescriptor rule)
    {
        var sb = new StringBuilder(NonBlank(rule.Description, NonBlank(rule.Title, rule.Id)));
        if (!string.IsNullOrWhiteSpace(rule.Remediation)) sb.Append("\n\n**Remediation:** ").Append(rule.Remediation.Trim());
        if (rule.References.Count > 0)
        {
            sb.Append("\n\n**References:**\n");
            foreach (var r in rule.References) sb.Append("\n- ").Append(r);
        }
        return sb.ToString();
    }

    /// <summary>
    /// The kebab-case rule name as one Pascal-case identifier ("ram-share-external" → "RamShareExternal"), the
    /// friendly-name form the SARIF validator recommends (SARIF2012). Names without separators keep their case.
    /// </summary>
    internal static string PascalCase(string name)
    {
        var parts = name.Split(['-', '_', ' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length <= 1) return parts.Length == 1 ? char.ToUpperInvariant(parts[0][0]) + parts[0][1..] : name;
        return string.Concat(parts.Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    private static string NonBlank(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
