namespace Scanner.Core.Schema;

/// <summary>The members of one statement condition.</summary>
public static class PolicyConditionProperties
{
    public static PropertySchema Operator { get; } = Declare.String("StringEquals, ForAnyValue:StringLike, …");
    public static PropertySchema Key { get; } = Declare.String("Condition key, lower-cased (aws:principalorgid).");
    public static PropertySchema Values { get; } = Declare.StringList("Condition values.");

    public static IReadOnlyList<PropertySchema> All { get; } = [Operator, Key, Values];

    /// <summary>One condition, the element of <see cref="PolicyStatementProperties.Conditions"/>.</summary>
    public static PropertySchema Condition { get; } = Declare.Object("One condition.", All);
}
