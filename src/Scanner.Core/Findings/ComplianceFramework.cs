using System.Text.RegularExpressions;

namespace Scanner.Core.Findings;

/// <summary>
/// A compliance framework rules can map to: the id used in rule files and on the command line, its full name,
/// the prefix Security Hub uses in <c>Compliance.RelatedRequirements</c>, and what a control id of it looks like.
/// </summary>
public sealed record ComplianceFramework(string Id, string Name, string RequirementPrefix, Regex ControlPattern, string ControlExample)
{
    public bool IsWellFormed(string control) => ControlPattern.IsMatch(control);

    /// <summary>The requirement as Security Hub writes its own (<c>NIST.800-53.r5 SC-7(5)</c>).</summary>
    public string Requirement(string control) => RequirementPrefix + " " + control;
}
