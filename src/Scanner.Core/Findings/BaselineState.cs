namespace Scanner.Core.Findings;

/// <summary>
/// A finding compared with a baseline (SARIF <c>baselineState</c>): new since it, in it already, or in it and no longer
/// found. Written by name (<see cref="BaselineStateNames.ToName"/>).
/// </summary>
public enum BaselineState
{
    New,
    Unchanged,
    Absent,
}

public static class BaselineStateNames
{
    /// <summary>new, unchanged or absent: SARIF's words, used by every report.</summary>
    public static string ToName(this BaselineState state) => state switch
    {
        BaselineState.New => "new",
        BaselineState.Unchanged => "unchanged",
        _ => "absent",
    };
}
