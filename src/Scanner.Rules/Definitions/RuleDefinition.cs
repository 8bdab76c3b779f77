using Scanner.Core.Findings;
using YamlDotNet.RepresentationModel;

namespace Scanner.Rules.Definitions;

/// <summary>A rule file as written (its serialised shape), before its condition is compiled.</summary>
public sealed record RuleDefinition
{
    public required string File { get; init; }
    public required int Line { get; init; }
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Title { get; init; }
    public required Severity Severity { get; init; }
    public double? SecuritySeverity { get; init; }
    public required string SeverityRationale { get; init; }
    public string Precision { get; init; } = "high";
    public required string Description { get; init; }
    public required RemediationDefinition Remediation { get; init; }
    public string? Help { get; init; }
    /// <summary>Where the rule's own documentation lives (<c>help_uri</c>); bundled rules get their docs/rules page.</summary>
    public string? HelpUri { get; init; }
    public IReadOnlyList<string> References { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>Controls the rule evidences (<c>compliance:</c>), each with its framework and a one-line reason.</summary>
    public IReadOnlyList<ComplianceControl> Compliance { get; init; } = [];
    public required string Resource { get; init; }
    /// <summary>What an undecidable (unknown) condition does. Default skip.</summary>
    public UnknownPolicy Unknown { get; init; } = UnknownPolicy.Skip;
    /// <summary>Organization (default): resources owned by accounts outside the organization are not judged; any: they are.</summary>
    public OwnerScope Owners { get; init; } = OwnerScope.Organization;
    public required string Message { get; init; }
    /// <summary>The condition as written; null for a rule restored from its precompiled form (already compiled).</summary>
    public YamlNode? Condition { get; init; }
    public bool Deprecated { get; init; }
    public YamlNode? MessageNode { get; init; }
}
