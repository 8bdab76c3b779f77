using System.Text.RegularExpressions;

namespace Scanner.Core.Findings;

/// <summary>
/// The frameworks rules can map to. Control ids are checked for their shape and range when a rule loads, so a
/// typo (<c>SC7</c>, <c>A.8.40</c>) fails loudly instead of reaching an auditor.
/// </summary>
public static partial class ComplianceFrameworks
{
    /// <summary>
    /// NIST SP 800-53 rev. 5: a family of the catalogue, a base control number, an optional enhancement in
    /// parentheses (<c>AC-4</c>, <c>SC-7(5)</c>).
    /// </summary>
    public static ComplianceFramework Nist80053R5 { get; } = new(
        "nist-800-53-r5", "NIST SP 800-53 Rev. 5", "NIST.800-53.r5", NistControl(), "SC-7(5)");

    /// <summary>
    /// ISO/IEC 27001:2022 Annex A: organizational (A.5.1–A.5.37), people (A.6.1–A.6.8), physical (A.7.1–A.7.14)
    /// and technological (A.8.1–A.8.34) controls.
    /// </summary>
    public static ComplianceFramework Iso27001 { get; } = new(
        "iso-27001-2022", "ISO/IEC 27001:2022 Annex A", "ISO.IEC.27001.2022", IsoAnnexAControl(), "A.8.20");

    public static IReadOnlyList<ComplianceFramework> All { get; } = [Nist80053R5, Iso27001];

    public static ComplianceFramework? Find(string id) =>
        All.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.OrdinalIgnoreCase));

    // The 20 families of SP 800-53 rev. 5; control and enhancement numbers of one or two digits.
    [GeneratedRegex(@"^(AC|AT|AU|CA|CM|CP|IA|IR|MA|MP|PE|PL|PM|PS|PT|RA|SA|SC|SI|SR)-([1-9]|[1-9][0-9])(\(([1-9]|[1-9][0-9])\))?$")]
    private static partial Regex NistControl();

    [GeneratedRegex(@"^A\.(5\.([1-9]|[12][0-9]|3[0-7])|6\.[1-8]|7\.([1-9]|1[0-4])|8\.([1-9]|[12][0-9]|3[0-4]))$")]
    private static partial Regex IsoAnnexAControl();
}
