using System.Globalization;
using Scanner.Core.Findings;

namespace Scanner.Reporting.Sarif;

/// <summary>How latticescan severities map onto SARIF and GitHub vocabularies.</summary>
internal static class SarifLevels
{
    /// <summary>critical/high → error, medium → warning, low/info → note.</summary>
    public static string Level(Severity s) => s switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "note",
    };

    /// <summary>GitHub <c>problem.severity</c>: error | warning | recommendation.</summary>
    public static string ProblemSeverity(Severity s) => s switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "recommendation",
    };

    /// <summary>Inverse of <see cref="Level"/> for logs without latticescan's own severity word.</summary>
    public static Severity FromLevel(string? level) => level switch
    {
        "error" => Severity.High,
        "warning" => Severity.Medium,
        "note" => Severity.Low,
        _ => Severity.Medium,
    };

    /// <summary>
    /// A string with one decimal ("8.1"), always inside GitHub's (0.0, 10.0] range: a score outside it (or NaN)
    /// falls back to the severity's default score, because GitHub drops out-of-range values silently.
    /// </summary>
    public static string SecuritySeverity(double score, Severity severity)
    {
        if (double.IsNaN(score) || score <= 0 || score > 10) score = severity.DefaultScore();
        var rounded = Math.Round(score, 1, MidpointRounding.AwayFromZero);
        if (rounded <= 0) rounded = 0.1;
        return rounded.ToString("0.0", CultureInfo.InvariantCulture);
    }

    /// <summary>ScanDiagnostic level → notification level (the same three words).</summary>
    public static string NotificationLevel(DiagnosticLevel level) => level.ToName();
}
