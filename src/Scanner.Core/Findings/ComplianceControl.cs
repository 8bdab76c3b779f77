namespace Scanner.Core.Findings;

/// <summary>
/// One control of a compliance framework that a rule's findings are evidence for, and why: what an auditor reads
/// to file a finding under a control. <see cref="Framework"/> is a <see cref="ComplianceFrameworks"/> id.
/// </summary>
public sealed record ComplianceControl(string Framework, string Control, string Reason);
