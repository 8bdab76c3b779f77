namespace Scanner.Rules.Precompiled;

/// <summary>The kind of a condition node in the precompiled form.</summary>
internal enum ConditionTag : byte
{
    All = 1,
    Any = 2,
    Not = 3,
    Quantifier = 4,
    Leaf = 5,
}
