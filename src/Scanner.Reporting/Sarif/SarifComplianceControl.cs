namespace Scanner.Reporting.Sarif;

/// <summary>One entry of a rule's <c>properties.compliance</c>: a control the rule evidences and why.</summary>
internal sealed class SarifComplianceControl
{
    public string Framework { get; set; } = "";
    public string Control { get; set; } = "";
    /// <summary>Security Hub's form of the control (<c>NIST.800-53.r5 SC-7</c>).</summary>
    public string Requirement { get; set; } = "";
    public string Reason { get; set; } = "";
}
