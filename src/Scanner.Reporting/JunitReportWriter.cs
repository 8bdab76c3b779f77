using System.Globalization;
using System.Text;
using System.Xml;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Reporting.Common;
using Scanner.Reporting.Junit;
using Scanner.Reporting.Sarif;

namespace Scanner.Reporting;

/// <summary>
/// JUnit XML for CI test-report views (GitLab, Azure DevOps, Jenkins): one test suite per rule that ran, with one
/// test case per resource the rule fired on — a failure when the finding is at or above the threshold, skipped
/// when suppressed, passed (with the message on system-out) below it — or one passing case when the rule fired on
/// nothing. A rule's compliance controls are suite properties. Collection errors are an error case in a <c>latticescan.collection</c> suite. Valid against the
/// JUnit schema Jenkins' xUnit plugin uses; deterministic (times are 0, the timestamp is the scan's start).
/// </summary>
public sealed class JunitReportWriter(ReportOptions options, ReportThreshold threshold) : IReportWriter
{
    public void Write(ScanReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var findings = FindingOrder.Sort(report.Findings);
        var byRule = findings.GroupBy(f => f.RuleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var rules = ReportOrder.SortRules(report.Rules).Select(r => (r.Id, (RuleDescriptor?)r)).ToList();
        rules.AddRange(byRule.Keys.Where(id => rules.All(r => r.Id != id)).Order(StringComparer.Ordinal).Select(id => (id, (RuleDescriptor?)null)));
        var errors = ReportOrder.SortDiagnostics(report.Diagnostics).Where(d => d.MakesScanIncomplete).ToList();

        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false), CloseOutput = false };
        using (var w = XmlWriter.Create(output, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("testsuites");
            w.WriteAttributeString("name", "latticescan");
            var cases = rules.Sum(r => Math.Max(1, byRule.GetValueOrDefault(r.Id)?.Count ?? 0)) + errors.Count;
            w.WriteAttributeString("tests", Count(cases));
            w.WriteAttributeString("failures", Count(findings.Count(threshold.Fails)));
            w.WriteAttributeString("errors", Count(errors.Count));
            w.WriteAttributeString("time", "0");
            foreach (var (id, rule) in rules) WriteRuleSuite(w, report, id, rule, byRule.GetValueOrDefault(id) ?? []);
            if (errors.Count > 0) WriteCollectionSuite(w, report, errors);
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        output.WriteByte((byte)'\n');
        output.Flush();
    }

    private void WriteRuleSuite(XmlWriter w, ScanReport report, string id, RuleDescriptor? rule, IReadOnlyList<Finding> findings)
    {
        w.WriteStartElement("testsuite");
        w.WriteAttributeString("name", XmlSafeText.Clean(rule is null ? id : $"{id}: {rule.Title}"));
        w.WriteAttributeString("tests", Count(Math.Max(1, findings.Count)));
        w.WriteAttributeString("failures", Count(findings.Count(threshold.Fails)));
        w.WriteAttributeString("errors", "0");
        w.WriteAttributeString("skipped", Count(findings.Count(f => f.Suppression is not null)));
        w.WriteAttributeString("time", "0");
        w.WriteAttributeString("timestamp", report.StartedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        w.WriteAttributeString("package", "latticescan");
        if (rule is { Compliance.Count: > 0 })
        {
            w.WriteStartElement("properties");
            foreach (var c in rule.Compliance)
            {
                w.WriteStartElement("property");
                w.WriteAttributeString("name", "compliance");
                w.WriteAttributeString("value", XmlSafeText.Clean(ComplianceText.Requirement(c)));
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        if (findings.Count == 0)
        {
            w.WriteStartElement("testcase");
            w.WriteAttributeString("name", XmlSafeText.Clean(rule is null ? id : $"{id} {rule.Title}"));
            w.WriteAttributeString("classname", "latticescan." + id);
            w.WriteAttributeString("time", "0");
            w.WriteEndElement();
        }
        foreach (var f in findings) WriteFindingCase(w, f, rule);
        w.WriteEndElement();
    }

    private void WriteFindingCase(XmlWriter w, Finding f, RuleDescriptor? rule)
    {
        w.WriteStartElement("testcase");
        w.WriteAttributeString("name", XmlSafeText.Clean(Where(f)));
        w.WriteAttributeString("classname", "latticescan." + f.RuleId);
        w.WriteAttributeString("time", "0");
        var details = XmlSafeText.Clean(Details(f, rule));
        if (f.Suppression is { } s)
        {
            w.WriteStartElement("skipped");
            w.WriteAttributeString("message", XmlSafeText.Clean($"suppressed ({s.Kind.ToName()}): {s.Reason}"));
            w.WriteEndElement();
        }
        else if (threshold.Fails(f))
        {
            w.WriteStartElement("failure");
            w.WriteAttributeString("type", f.Severity.ToName());
            w.WriteAttributeString("message", XmlSafeText.Clean(f.Message));
            w.WriteString(details);
            w.WriteEndElement();
        }
        else
        {
            w.WriteElementString("system-out", $"below the threshold ({f.Severity.ToName()}): {details}");
        }
        w.WriteEndElement();
    }

    private static void WriteCollectionSuite(XmlWriter w, ScanReport report, IReadOnlyList<ScanDiagnostic> errors)
    {
        w.WriteStartElement("testsuite");
        w.WriteAttributeString("name", "latticescan.collection");
        w.WriteAttributeString("tests", Count(errors.Count));
        w.WriteAttributeString("failures", "0");
        w.WriteAttributeString("errors", Count(errors.Count));
        w.WriteAttributeString("time", "0");
        w.WriteAttributeString("timestamp", report.StartedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        foreach (var d in errors)
        {
            w.WriteStartElement("testcase");
            w.WriteAttributeString("name", XmlSafeText.Clean(string.Join(" ", new[] { d.AccountId, d.Region, d.Api ?? d.File }.Where(x => !string.IsNullOrEmpty(x))) is { Length: > 0 } where ? where : d.Code));
            w.WriteAttributeString("classname", "latticescan.collection");
            w.WriteAttributeString("time", "0");
            w.WriteStartElement("error");
            w.WriteAttributeString("type", d.Code);
            w.WriteAttributeString("message", XmlSafeText.Clean(d.Message));
            w.WriteString(XmlSafeText.Clean(DiagnosticText.Describe(d, d.File)));
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    /// <summary>The resource: <c>file:line address</c> for IaC, the ARN (or key) for live resources.</summary>
    private string Where(Finding f)
    {
        if (f.Origin != ResourceOrigin.Aws && f.Location is { } loc && !string.IsNullOrWhiteSpace(loc.File))
        {
            var file = RepositoryPaths.ToRelative(loc.File, options.RepositoryRoot);
            var at = loc.Line > 0 ? $"{file}:{loc.Line}" : file;
            return f.ResourceAddress is { } address ? $"{at} {address}" : at;
        }
        return f.ResourceArn ?? f.ResourceKey;
    }

    private string Details(Finding f, RuleDescriptor? rule)
    {
        var sb = new StringBuilder();
        sb.Append(f.RuleId).Append(" (").Append(f.Severity.ToName()).Append("): ").Append(f.Message).Append('\n');
        sb.Append("resource: ").Append(Where(f)).Append('\n');
        foreach (var e in f.Evidence) sb.Append("evidence: ").Append(e.Path).Append(" = ").Append(e.Value).Append('\n');
        if (!string.IsNullOrWhiteSpace(rule?.Remediation)) sb.Append("fix: ").Append(rule.Remediation.Trim()).Append('\n');
        if (rule is not null && SarifRuleMapper.HelpUri(rule, options.HelpUriBase) is { } url) sb.Append("help: ").Append(url).Append('\n');
        sb.Append("fingerprint: ").Append(f.Fingerprint);
        return sb.ToString();
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
