namespace Scanner.Core.Findings;

/// <summary>What a rule does when its condition depends on a value that is unknown (rule field <c>unknown:</c>).</summary>
public enum UnknownPolicy
{
    /// <summary>Does not fire (it cannot prove the problem); the resource is counted as undecided.</summary>
    Skip,
    /// <summary>Fires (it cannot rule the problem out); the finding is marked as depending on unknown values.</summary>
    Fire,
}

public static class UnknownPolicyNames
{
    /// <summary>skip or fire: the rule file's words.</summary>
    public static string ToName(this UnknownPolicy policy) => policy == UnknownPolicy.Fire ? "fire" : "skip";

    public static bool TryParse(string? text, out UnknownPolicy policy)
    {
        policy = text == "fire" ? UnknownPolicy.Fire : UnknownPolicy.Skip;
        return text is "fire" or "skip";
    }
}
