namespace Scanner.Core.Findings;

/// <summary>Finding severity, lowest to highest (so comparisons read naturally).</summary>
public enum Severity
{
    Info = 0,
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}

public static class SeverityNames
{
    public static string ToName(this Severity s) => s switch
    {
        Severity.Info => "info",
        Severity.Low => "low",
        Severity.Medium => "medium",
        Severity.High => "high",
        Severity.Critical => "critical",
        _ => "info",
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "info": severity = Severity.Info; return true;
            case "low": severity = Severity.Low; return true;
            case "medium": severity = Severity.Medium; return true;
            case "high": severity = Severity.High; return true;
            case "critical": severity = Severity.Critical; return true;
            default: severity = Severity.Info; return false;
        }
    }

    /// <summary>The default GitHub <c>security-severity</c> score for a severity word (its bands: &gt;9 critical, 7–8.9 high, 4–6.9 medium, 0.1–3.9 low).</summary>
    public static double DefaultScore(this Severity s) => s switch
    {
        Severity.Critical => 9.5,
        Severity.High => 8.0,
        Severity.Medium => 5.5,
        Severity.Low => 3.0,
        _ => 1.0,
    };
}
