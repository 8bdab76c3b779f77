using System.Globalization;
using System.Text.Json;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Reporting.Common;
using Scanner.Reporting.Sarif;

namespace Scanner.Reporting.Asff;

/// <summary>
/// Writes one <c>AwsSecurityFinding</c> (schema 2018-10-08). Text is cut to the model's limits (title 256,
/// description 1024, recommendation 512, product-field values 2048); values that would be blank are left out,
/// since every ASFF string must hold a non-space character.
/// </summary>
internal sealed class AsffFindingWriter(ReportOptions options, AsffTarget target, ScanReport report)
{
    private const int MaxTitle = 256;
    private const int MaxDescription = 1024;
    private const int MaxRecommendation = 512;
    private const int MaxFieldValue = 2048;
    private const int MaxEvidence = 10;
    private const int MaxRequirements = 32;
    private const string FieldPrefix = "latticescan/";

    private readonly Dictionary<string, RuleDescriptor> _rules =
        ReportOrder.SortRules(report.Rules).ToDictionary(r => r.Id, StringComparer.Ordinal);

    public void Write(Utf8JsonWriter w, Finding f)
    {
        var rule = _rules.GetValueOrDefault(f.RuleId);
        var archived = f.BaselineState == Core.Findings.BaselineState.Absent;
        var time = Timestamps.Format(report.FinishedAt);
        w.WriteStartObject();
        w.WriteString("SchemaVersion", "2018-10-08");
        w.WriteString("Id", $"latticescan/{f.RuleId}/{f.Fingerprint}");
        w.WriteString("ProductArn", target.ProductArn);
        w.WriteString("ProductName", "LatticeScan");
        w.WriteString("CompanyName", "LatticeScan");
        w.WriteString("GeneratorId", f.RuleId);
        w.WriteString("AwsAccountId", target.AccountId);
        w.WriteStartArray("Types");
        foreach (var t in Types(rule)) w.WriteStringValue(t);
        w.WriteEndArray();
        w.WriteString("FirstObservedAt", time);
        w.WriteString("LastObservedAt", time);
        w.WriteString("CreatedAt", time);
        w.WriteString("UpdatedAt", time);
        w.WriteStartObject("Severity");
        w.WriteString("Label", AsffSeverity.Label(f.Severity));
        w.WriteNumber("Normalized", AsffSeverity.Normalized(f.Severity));
        w.WriteString("Original", f.Severity.ToName());
        w.WriteEndObject();
        w.WriteStartObject("FindingProviderFields");
        w.WriteStartObject("Severity");
        w.WriteString("Label", AsffSeverity.Label(f.Severity));
        w.WriteString("Original", f.Severity.ToName());
        w.WriteEndObject();
        w.WriteStartArray("Types");
        foreach (var t in Types(rule)) w.WriteStringValue(t);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteString("Title", Cut(NonBlank(rule?.Title, f.RuleId), MaxTitle));
        w.WriteString("Description", Cut(NonBlank(f.Message, rule?.Description ?? f.RuleId), MaxDescription));
        WriteRemediation(w, rule);
        WriteProductFields(w, f);
        WriteResource(w, f);
        WriteCompliance(w, rule, archived);
        if (f.Suppression is { } s)
        {
            w.WriteStartObject("Workflow");
            w.WriteString("Status", "SUPPRESSED");
            w.WriteEndObject();
            w.WriteStartObject("Note");
            w.WriteString("Text", Cut(NonBlank(s.Reason, "suppressed"), 512));
            w.WriteString("UpdatedBy", NonBlank(s.Owner, "latticescan"));
            w.WriteString("UpdatedAt", time);
            w.WriteEndObject();
        }
        w.WriteString("RecordState", archived ? "ARCHIVED" : "ACTIVE");
        w.WriteEndObject();
    }

    private static IEnumerable<string> Types(RuleDescriptor? rule)
    {
        yield return "Software and Configuration Checks/AWS Security Best Practices";
        var frameworks = rule?.Compliance.Select(c => c.Framework).ToHashSet(StringComparer.Ordinal) ?? [];
        if (frameworks.Contains(ComplianceFrameworks.Nist80053R5.Id))
            yield return "Software and Configuration Checks/Industry and Regulatory Standards/NIST 800-53 Controls (USA)";
        if (frameworks.Contains(ComplianceFrameworks.Iso27001.Id))
            yield return "Software and Configuration Checks/Industry and Regulatory Standards/ISO 27001 Controls";
    }

    private void WriteRemediation(Utf8JsonWriter w, RuleDescriptor? rule)
    {
        var url = rule is null ? null : SarifRuleMapper.HelpUri(rule, options.HelpUriBase);
        if (string.IsNullOrWhiteSpace(rule?.Remediation) && url is null) return;
        w.WriteStartObject("Remediation");
        w.WriteStartObject("Recommendation");
        if (!string.IsNullOrWhiteSpace(rule?.Remediation)) w.WriteString("Text", Cut(rule.Remediation.Trim(), MaxRecommendation));
        if (url is not null) w.WriteString("Url", url);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private void WriteProductFields(Utf8JsonWriter w, Finding f)
    {
        w.WriteStartObject("ProductFields");
        Field(w, "RuleId", f.RuleId);
        Field(w, "Fingerprint", f.Fingerprint);
        Field(w, "ResourceKind", f.ResourceKind);
        Field(w, "ResourceKey", f.Origin == ResourceOrigin.Aws ? f.ResourceKey : RepositoryPaths.ToRelativeKey(f.ResourceKey, options.RepositoryRoot));
        Field(w, "Origin", OriginNames.ToName(f.Origin));
        Field(w, "ResourceAccountId", f.AccountId);
        Field(w, "ResourceName", f.ResourceName);
        Field(w, "ResourceAddress", f.ResourceAddress);
        if (f.Location is { } loc && !string.IsNullOrWhiteSpace(loc.File))
        {
            Field(w, "File", RepositoryPaths.ToRelative(loc.File, options.RepositoryRoot));
            if (loc.Line > 0) Field(w, "Line", loc.Line.ToString(CultureInfo.InvariantCulture));
            if (loc.Column > 0) Field(w, "Column", loc.Column.ToString(CultureInfo.InvariantCulture));
        }
        if (f.DependsOnUnknown) Field(w, "DependsOnUnknown", "true");
        Field(w, "BaselineState", f.BaselineState?.ToName());
        if (f.Suppression is { } s)
        {
            Field(w, "SuppressionKind", s.Kind.ToName());
            Field(w, "SuppressionReason", s.Reason);
            Field(w, "SuppressionExpires", s.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        var n = 0;
        foreach (var e in f.Evidence.Take(MaxEvidence)) Field(w, $"Evidence/{++n}", $"{e.Path} = {e.Value}");
        w.WriteEndObject();
    }

    private static void Field(Utf8JsonWriter w, string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        w.WriteString(FieldPrefix + name, Cut(value, MaxFieldValue));
    }

    private void WriteResource(Utf8JsonWriter w, Finding f)
    {
        var type = AsffResourceTypes.For(f.ResourceKind);
        w.WriteStartArray("Resources");
        w.WriteStartObject();
        w.WriteString("Type", type);
        w.WriteString("Id", f.ResourceArn ?? (f.Origin == ResourceOrigin.Aws ? f.ResourceKey : RepositoryPaths.ToRelativeKey(f.ResourceKey, options.RepositoryRoot)));
        w.WriteString("Partition", target.Partition);
        w.WriteString("Region", NonBlank(f.Region, target.Region));
        if (type == AsffResourceTypes.Other)
        {
            w.WriteStartObject("Details");
            w.WriteStartObject("Other");
            OtherDetail(w, "Kind", f.ResourceKind);
            OtherDetail(w, "Name", f.ResourceName);
            OtherDetail(w, "ResourceId", f.ResourceId);
            OtherDetail(w, "Address", f.ResourceAddress);
            OtherDetail(w, "AccountId", f.AccountId);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void OtherDetail(Utf8JsonWriter w, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) w.WriteString(name, Cut(value, MaxFieldValue));
    }

    private static void WriteCompliance(Utf8JsonWriter w, RuleDescriptor? rule, bool archived)
    {
        if (rule is null || rule.Compliance.Count == 0) return;
        w.WriteStartObject("Compliance");
        w.WriteString("Status", archived ? "PASSED" : "FAILED");
        w.WriteStartArray("RelatedRequirements");
        foreach (var c in rule.Compliance.Take(MaxRequirements)) w.WriteStringValue(ComplianceText.Requirement(c));
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string NonBlank(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
