using System.Text;
using Scanner.Core.Findings;
using Scanner.Rules.Definitions;

namespace Scanner.Rules;

/// <summary>Composes a rule's markdown help (what code-scanning UIs and the rule docs show) from its fields.</summary>
public static class RuleHelp
{
    public static string Markdown(RuleDefinition d)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(d.Id).Append(": ").AppendLine(d.Title).AppendLine();
        sb.AppendLine(d.Description.Trim()).AppendLine();
        if (d.Help is { } help) sb.AppendLine(help.Trim()).AppendLine();
        sb.Append("**Severity:** ").Append(d.Severity.ToString().ToLowerInvariant()).Append(". ").AppendLine(d.SeverityRationale.Trim()).AppendLine();
        sb.Append("**Applies to:** `").Append(d.Resource).Append("`. **When values are unknown at plan time:** ")
          .AppendLine(d.Unknown == UnknownPolicy.Fire ? "the rule fires (it cannot rule the problem out)." : "the rule does not fire (it cannot prove the problem).").AppendLine();
        sb.AppendLine("## Remediation").AppendLine().AppendLine(d.Remediation.Summary.Trim()).AppendLine();
        Block(sb, "Terraform", "hcl", d.Remediation.Terraform);
        Block(sb, "CloudFormation", "yaml", d.Remediation.CloudFormation);
        Block(sb, "AWS CLI", "sh", d.Remediation.Cli);
        if (d.Compliance.Count > 0)
        {
            sb.AppendLine("## Compliance").AppendLine();
            sb.AppendLine("| framework | control | why this rule is evidence for it |").AppendLine("|---|---|---|");
            foreach (var c in d.Compliance)
                sb.Append("| ").Append(ComplianceFrameworks.Find(c.Framework)?.Name ?? c.Framework).Append(" | ").Append(c.Control)
                  .Append(" | ").Append(c.Reason.Replace("|", "\\|", StringComparison.Ordinal)).AppendLine(" |");
            sb.AppendLine();
        }
        if (d.References.Count > 0)
        {
            sb.AppendLine("## References").AppendLine();
            foreach (var r in d.References) sb.Append("- ").AppendLine(r);
        }
        return sb.ToString().TrimEnd() + "\n";
    }

    public static string Text(RuleDefinition d) =>
        $"{d.Description.Trim()} Remediation: {d.Remediation.Summary.Trim()}";

    private static void Block(StringBuilder sb, string title, string lang, string? code)
    {
        if (code is null) return;
        sb.Append("### ").AppendLine(title).AppendLine().Append("```").AppendLine(lang).AppendLine(code.TrimEnd()).AppendLine("```").AppendLine();
    }
}
