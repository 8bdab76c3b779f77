namespace Scanner.Core.Findings;

/// <summary>Everything a report needs to know about a rule (its metadata, not its logic).</summary>
public sealed record RuleDescriptor
{
    public required string Id { get; init; }
    /// <summary>A short kebab-case name (SARIF <c>name</c>).</summary>
    public required string Name { get; init; }
    public required string Title { get; init; }
    public required Severity Severity { get; init; }
    /// <summary>GitHub <c>security-severity</c> score in (0, 10].</summary>
    public required double SecuritySeverity { get; init; }
    public required string Description { get; init; }
    public string SeverityRationale { get; init; } = "";
    public required string Remediation { get; init; }
    /// <summary>Markdown help shown by code-scanning UIs.</summary>
    public required string HelpMarkdown { get; init; }
    public string? HelpUri { get; init; }
    public IReadOnlyList<string> References { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>Controls of compliance frameworks the rule's findings are evidence for.</summary>
    public IReadOnlyList<ComplianceControl> Compliance { get; init; } = [];
    /// <summary>very-high, high, medium or low (SARIF <c>precision</c>).</summary>
    public string Precision { get; init; } = "high";
    /// <summary>The resource kind the rule applies to.</summary>
    public required string ResourceKind { get; init; }
    /// <summary>What the rule does when its condition depends on values unknown at plan time: fire or skip.</summary>
    public UnknownPolicy UnknownPolicy { get; init; } = UnknownPolicy.Skip;
}
