namespace Scanner.Core.Schema;

/// <summary>The members of one policy statement.</summary>
public static class PolicyStatementProperties
{
    public static PropertySchema Sid { get; } = Declare.String("Statement id.");
    public static PropertySchema Effect { get; } = Declare.String("Allow or Deny.");
    public static PropertySchema Principals { get; } = Declare.StringList("Principals: \"*\", account ids, ARNs, service names (from Principal: * / AWS / Service / Federated).");
    public static PropertySchema AnyPrincipal { get; } = Declare.Boolean("Principal is \"*\" or {\"AWS\": \"*\"}.");
    public static PropertySchema NotPrincipal { get; } = Declare.Boolean("The statement uses NotPrincipal.");
    public static PropertySchema PrincipalAccounts { get; } = Declare.StringList("12-digit account ids named by the principals.");
    public static PropertySchema Actions { get; } = Declare.StringList("Actions.");
    public static PropertySchema NotAction { get; } = Declare.Boolean("The statement uses NotAction.");
    public static PropertySchema Resources { get; } = Declare.StringList("Resources.");
    public static PropertySchema Conditions { get; } = Declare.List("Conditions, one per operator/key.", PolicyConditionProperties.Condition);
    public static PropertySchema HasOrganizationCondition { get; } = Declare.Boolean("A condition restricts to an organization or OU (aws:PrincipalOrgID, aws:PrincipalOrgPaths, aws:SourceOrgID, aws:SourceOrgPaths, aws:ResourceOrgID, aws:ResourceOrgPaths).");
    public static PropertySchema OrganizationIds { get; } = Declare.StringList("Organization ids named by those conditions.");
    public static PropertySchema ConditionAccounts { get; } = Declare.StringList("Account ids named by aws:PrincipalAccount / aws:SourceAccount conditions.");

    public static IReadOnlyList<PropertySchema> All { get; } =
        [Sid, Effect, Principals, AnyPrincipal, NotPrincipal, PrincipalAccounts, Actions, NotAction, Resources, Conditions, HasOrganizationCondition, OrganizationIds, ConditionAccounts];

    /// <summary>One statement, the element of <see cref="PolicyDocumentProperties.Statements"/>.</summary>
    public static PropertySchema Statement { get; } = Declare.Object("One statement.", All);
}
