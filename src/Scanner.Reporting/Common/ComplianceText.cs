using Scanner.Core.Findings;

namespace Scanner.Reporting.Common;

/// <summary>How every writer names a compliance control: the framework's full name, and Security Hub's requirement form.</summary>
internal static class ComplianceText
{
    public static string FrameworkName(ComplianceControl c) => ComplianceFrameworks.Find(c.Framework)?.Name ?? c.Framework;

    /// <summary><c>NIST.800-53.r5 SC-7(5)</c>, <c>ISO.IEC.27001.2022 A.8.20</c>; an unknown framework keeps its own id.</summary>
    public static string Requirement(ComplianceControl c) =>
        ComplianceFrameworks.Find(c.Framework)?.Requirement(c.Control) ?? c.Framework + " " + c.Control;
}
