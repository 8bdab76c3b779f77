using System.Text.Json.Serialization;

namespace Scanner.Reporting.Sarif;

/// <summary>reportingDescriptor: the metadata of one rule, as GitHub code scanning shows it.</summary>
internal sealed class SarifReportingDescriptor
{
    public string Id { get; set; } = "";
    public string? Name { get; set; }
    public SarifMultiformatMessage? ShortDescription { get; set; }
    public SarifMultiformatMessage? FullDescription { get; set; }
    public SarifMultiformatMessage? Help { get; set; }
    public string? HelpUri { get; set; }
    public SarifReportingConfiguration? DefaultConfiguration { get; set; }
    public SarifRuleProperties? Properties { get; set; }
}

internal sealed class SarifMultiformatMessage
{
    public string Text { get; set; } = "";
    public string? Markdown { get; set; }
}

internal sealed class SarifReportingConfiguration
{
    public string Level { get; set; } = "warning";
}

/// <summary>The rule property bag keys GitHub reads.</summary>
internal sealed class SarifRuleProperties
{
    public List<string> Tags { get; set; } = [];
    public string? Precision { get; set; }
    [JsonPropertyName("problem.severity")] public string? ProblemSeverity { get; set; }
    /// <summary>A string holding a number in (0, 10]: GitHub rejects a non-numeric value.</summary>
    [JsonPropertyName("security-severity")] public string? SecuritySeverity { get; set; }
    /// <summary>latticescan's own severity word, so a baseline read back keeps it exactly.</summary>
    public string? Severity { get; set; }
    /// <summary>Controls of compliance frameworks the rule evidences (omitted when it maps to none).</summary>
    public List<SarifComplianceControl>? Compliance { get; set; }
}
