namespace Scanner.Rules.Evaluation;

/// <summary>
/// Three-valued logic: a condition over values unknown at plan time is <see cref="Unknown"/>, and each rule
/// decides (its <c>unknown:</c> field) whether that fires or not.
/// </summary>
public enum Tri
{
    False,
    True,
    Unknown,
}

public static class TriLogic
{
    public static Tri From(bool b) => b ? Tri.True : Tri.False;

    public static Tri Not(this Tri t) => t switch { Tri.True => Tri.False, Tri.False => Tri.True, _ => Tri.Unknown };
}
