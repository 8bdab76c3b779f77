namespace Scanner.Core.Findings;

/// <summary>How much a diagnostic matters; in reports it is written by its name (<see cref="DiagnosticLevelNames.ToName"/>).</summary>
public enum DiagnosticLevel
{
    /// <summary>Something could not be read: the inventory is incomplete (exit code 3).</summary>
    Error = 0,
    /// <summary>Read, but a result may be weaker than it looks (an unresolved value, a suppression that matched nothing).</summary>
    Warning = 1,
    /// <summary>For information.</summary>
    Note = 2,
}

public static class DiagnosticLevelNames
{
    /// <summary>error, warning or note: the word SARIF, the JSON report and snapshots use.</summary>
    public static string ToName(this DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Error => "error",
        DiagnosticLevel.Warning => "warning",
        _ => "note",
    };

    public static bool TryParse(string? text, out DiagnosticLevel level)
    {
        switch (text)
        {
            case "error": level = DiagnosticLevel.Error; return true;
            case "warning": level = DiagnosticLevel.Warning; return true;
            case "note": level = DiagnosticLevel.Note; return true;
            default: level = DiagnosticLevel.Error; return false;
        }
    }
}
