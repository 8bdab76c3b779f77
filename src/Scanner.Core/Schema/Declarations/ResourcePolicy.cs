using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Core.Schema;

/// <summary>The properties of <c>resource_policy</c>.</summary>
public static class ResourcePolicyProperties
{
    public static PropertySchema ResourceArn { get; } = Declare.String("Target ARN.");
    public static PropertySchema Policy => PolicyDocumentProperties.Policy;

    public static IReadOnlyList<PropertySchema> All { get; } = [ResourceArn, Policy];
}

/// <summary>The relations of <c>resource_policy</c>.</summary>
public static class ResourcePolicyRelations
{
    public static RelationSchema Target { get; } = Declare.ToOne("The resource.", [K.ServiceNetwork, K.ResourceConfiguration, K.Service]);

    public static IReadOnlyList<RelationSchema> All { get; } = [Target];
}
