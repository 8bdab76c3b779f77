namespace Scanner.Rules.Definitions;

/// <summary>Which owners' resources a rule judges (rule field <c>owners:</c>).</summary>
public enum OwnerScope
{
    /// <summary>Resources of accounts known to be outside the organization (a partner's, seen through a share) are not judged.</summary>
    Organization,
    /// <summary>Every resource, whoever owns it.</summary>
    Any,
}

public static class OwnerScopeNames
{
    /// <summary>organization or any: the rule file's words.</summary>
    public static string ToName(this OwnerScope scope) => scope == OwnerScope.Any ? "any" : "organization";

    public static bool TryParse(string? text, out OwnerScope scope)
    {
        scope = text == "any" ? OwnerScope.Any : OwnerScope.Organization;
        return text is "any" or "organization";
    }
}
