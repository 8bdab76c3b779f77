using Scanner.Core.Findings;

namespace Scanner.Reporting.Asff;

/// <summary>Security Hub's severity label and the normalized score it assigns to each label (0, 1, 40, 70, 90).</summary>
internal static class AsffSeverity
{
    public static string Label(Severity s) => s switch
    {
        Severity.Critical => "CRITICAL",
        Severity.High => "HIGH",
        Severity.Medium => "MEDIUM",
        Severity.Low => "LOW",
        _ => "INFORMATIONAL",
    };

    public static int Normalized(Severity s) => s switch
    {
        Severity.Critical => 90,
        Severity.High => 70,
        Severity.Medium => 40,
        Severity.Low => 1,
        _ => 0,
    };
}
