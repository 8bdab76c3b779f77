using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Core.Schema;

/// <summary>The properties of <c>auth_policy</c>.</summary>
public static class AuthPolicyProperties
{
    public static PropertySchema ResourceId { get; } = Declare.String("Target id or ARN.");
    public static PropertySchema Policy => PolicyDocumentProperties.Policy;
    public static PropertySchema State { get; } = Declare.String("Active or Inactive.");

    public static IReadOnlyList<PropertySchema> All { get; } = [ResourceId, Policy, State];
}

/// <summary>The relations of <c>auth_policy</c>.</summary>
public static class AuthPolicyRelations
{
    public static RelationSchema Target { get; } = Declare.ToOne("The protected service network or service.", [K.ServiceNetwork, K.Service]);

    public static IReadOnlyList<RelationSchema> All { get; } = [Target];
}
