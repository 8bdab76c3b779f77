using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Reporting.Common;
using Scanner.Reporting.Html;
using Scanner.Reporting.Sarif;

namespace Scanner.Reporting;

/// <summary>
/// One self-contained HTML file (inline CSS, script and SVG; a Content-Security-Policy that forbids fetching
/// anything): the verdict, counts, the findings grouped by severity, account or rule and filterable, a drawn
/// sharing chain per shared configuration or service network with findings marked on its nodes and links,
/// the rules with their compliance controls, and what was not collected or stayed undecided.
/// </summary>
public sealed class HtmlReportWriter(ReportOptions options, ReportThreshold threshold, SharingGraph graph) : IReportWriter
{
    private static readonly Severity[] Severities = [Severity.Critical, Severity.High, Severity.Medium, Severity.Low, Severity.Info];

    public void Write(ScanReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(new UTF8Encoding(false).GetBytes(Render(report)));
        output.Flush();
    }

    public string Render(ScanReport report)
    {
        var findings = FindingOrder.Sort(report.Findings);
        var rules = ReportOrder.SortRules(report.Rules);
        var failing = findings.Count(threshold.Fails);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>LatticeScan report</title>\n<style>")
          .Append(HtmlAssets.Style).Append("</style>\n</head>\n<body>\n");
        sb.Append("<h1>LatticeScan report</h1>\n<div class=\"meta\">").Append(E(string.Join(", ", report.Sources))).Append(" · ")
          .Append(E(Timestamps.Format(report.FinishedAt))).Append(" · latticescan ").Append(E(report.ToolVersion));
        if (report.OrganizationId is { } org) sb.Append(" · organization ").Append(E(org));
        sb.Append("</div>\n");
        var pass = failing == 0 && report.IsComplete;
        sb.Append("<div class=\"verdict ").Append(pass ? "pass" : "fail").Append("\" id=\"verdict\">")
          .Append(E(threshold.FailOn is { } min ? failing > 0 ? $"{failing} finding(s) at or above {min.ToName()}" : $"No finding at or above {min.ToName()}" : $"{findings.Count} finding(s), no threshold"))
          .Append(report.IsComplete ? "" : " — collection incomplete").Append("</div>\n");

        sb.Append("<table class=\"counts\"><thead><tr><th>severity</th><th>findings</th><th>suppressed</th></tr></thead><tbody>");
        foreach (var s in Severities)
            sb.Append("<tr><td><span class=\"sev ").Append(s.ToName()).Append("\">").Append(s.ToName()).Append("</span></td><td>")
              .Append(findings.Count(f => f.Severity == s && f.Suppression is null)).Append("</td><td>")
              .Append(findings.Count(f => f.Severity == s && f.Suppression is not null)).Append("</td></tr>");
        sb.Append("</tbody></table>\n");

        WriteFindings(sb, findings, rules);
        WriteChains(sb, findings);
        WriteRules(sb, rules);
        WriteDiagnostics(sb, report);
        sb.Append("<script type=\"application/json\" id=\"report-data\">").Append(Data(findings, rules)).Append("</script>\n");
        sb.Append("<script>").Append(HtmlAssets.Script).Append("</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void WriteFindings(StringBuilder sb, IReadOnlyList<Finding> findings, IReadOnlyList<RuleDescriptor> rules)
    {
        sb.Append("<h2 id=\"findings\">Findings (<span id=\"shown-count\">").Append(findings.Count).Append("</span> shown of ").Append(findings.Count).Append(")</h2>\n");
        sb.Append("<div class=\"filters\">");
        sb.Append("<label>minimum severity<select id=\"filter-severity\">");
        foreach (var s in Severities.Reverse()) sb.Append("<option value=\"").Append(s.ToName()).Append('"').Append(s == Severity.Info ? " selected" : "").Append('>').Append(s.ToName()).Append("</option>");
        sb.Append("</select></label>");
        Select(sb, "filter-account", "account", findings.Select(f => f.AccountId).OfType<string>().Distinct().Order(StringComparer.Ordinal));
        Select(sb, "filter-rule", "rule", findings.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal));
        sb.Append("<label>search<input type=\"text\" id=\"filter-text\" placeholder=\"resource, message\"></label>");
        sb.Append("<label>group by<select id=\"group-by\"><option value=\"severity\">severity</option><option value=\"account\">account</option><option value=\"rule\">rule</option></select></label>");
        sb.Append("<label>suppressed<input type=\"checkbox\" id=\"filter-suppressed\" checked></label>");
        sb.Append("</div>\n<table class=\"findings\"><thead><tr><th>severity</th><th>rule</th><th>resource</th><th>finding</th><th>compliance</th></tr></thead><tbody id=\"findings-body\"></tbody></table>\n");
        sb.Append("<noscript>The findings table needs JavaScript; the same findings are in the JSON and SARIF reports.</noscript>\n");
    }

    private static void Select(StringBuilder sb, string id, string label, IEnumerable<string> values)
    {
        sb.Append("<label>").Append(label).Append("<select id=\"").Append(id).Append("\"><option value=\"\">all</option>");
        foreach (var v in values) sb.Append("<option value=\"").Append(E(v)).Append("\">").Append(E(v)).Append("</option>");
        sb.Append("</select></label>");
    }

    private void WriteChains(StringBuilder sb, IReadOnlyList<Finding> findings)
    {
        sb.Append("<h2 id=\"sharing\">Sharing chains (").Append(graph.Chains.Count).Append(")</h2>\n");
        sb.Append("<div class=\"legend\"><span>owner → gateway → configuration / network → share → principals; endpoints and associations consume it.</span>")
          .Append("<span>Red outline: a finding (hover for the list); dashed red: outside the organization.</span></div>\n");
        if (graph.Chains.Count == 0) sb.Append("<p>No shared or consumed resource configuration or service network in this inventory.</p>\n");
        var index = 0;
        foreach (var chain in graph.Chains)
        {
            sb.Append("<div class=\"chain\"><h3>").Append(E(chain.Title)).Append("</h3>")
              .Append(SvgGraphRenderer.Render(chain, findings, index++)).Append("</div>\n");
        }
    }

    private void WriteRules(StringBuilder sb, IReadOnlyList<RuleDescriptor> rules)
    {
        sb.Append("<h2 id=\"rules\">Rules and compliance controls (").Append(rules.Count).Append(")</h2>\n<table class=\"rules\"><thead><tr><th>rule</th><th>severity</th><th>controls</th></tr></thead><tbody>");
        foreach (var r in rules)
        {
            var url = SarifRuleMapper.HelpUri(r, options.HelpUriBase);
            sb.Append("<tr><td>").Append(url is null ? E(r.Id) : $"<a href=\"{E(url)}\">{E(r.Id)}</a>").Append("<br>").Append(E(r.Title))
              .Append("</td><td><span class=\"sev ").Append(r.Severity.ToName()).Append("\">").Append(r.Severity.ToName()).Append("</span></td><td>");
            foreach (var c in r.Compliance) sb.Append("<div title=\"").Append(E(c.Reason)).Append("\">").Append(E(ComplianceText.Requirement(c))).Append(" — ").Append(E(c.Reason)).Append("</div>");
            sb.Append("</td></tr>");
        }
        sb.Append("</tbody></table>\n");
    }

    private void WriteDiagnostics(StringBuilder sb, ScanReport report)
    {
        var diagnostics = ReportOrder.SortDiagnostics(report.Diagnostics);
        sb.Append("<h2 id=\"diagnostics\">Not collected and undecided (").Append(diagnostics.Count).Append(")</h2>\n<ul>");
        foreach (var d in diagnostics)
            sb.Append("<li><strong>").Append(E(d.Level.ToName())).Append("</strong> <code>").Append(E(d.Code)).Append("</code> ")
              .Append(E(DiagnosticText.Describe(d, d.File is null ? null : RepositoryPaths.ToRelative(d.File, options.RepositoryRoot)))).Append("</li>");
        sb.Append("</ul>\n");
    }

    private string Data(IReadOnlyList<Finding> findings, IReadOnlyList<RuleDescriptor> rules)
    {
        var byId = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            w.WriteStartObject();
            w.WriteStartArray("findings");
            var order = 0;
            foreach (var f in findings)
            {
                var rule = byId.GetValueOrDefault(f.RuleId);
                w.WriteStartObject();
                w.WriteNumber("order", order++);
                w.WriteString("rule", f.RuleId);
                w.WriteString("title", rule?.Title ?? "");
                w.WriteString("help", rule is null ? null : SarifRuleMapper.HelpUri(rule, options.HelpUriBase));
                w.WriteString("severity", f.Severity.ToName());
                w.WriteString("account", f.AccountId);
                w.WriteString("resource", f.ResourceArn ?? (f.Origin == ResourceOrigin.Aws ? f.ResourceKey : RepositoryPaths.ToRelativeKey(f.ResourceKey, options.RepositoryRoot)));
                w.WriteString("location", f.Location is { } loc && !string.IsNullOrWhiteSpace(loc.File)
                    ? RepositoryPaths.ToRelative(loc.File, options.RepositoryRoot) + (loc.Line > 0 ? ":" + loc.Line : "") : null);
                w.WriteString("message", f.Message);
                w.WriteString("suppressed", f.Suppression?.Reason);
                w.WriteString("baseline", f.BaselineState?.ToName());
                w.WriteString("compliance", rule is null ? "" : string.Join(", ", rule.Compliance.Select(ComplianceText.Requirement)));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
