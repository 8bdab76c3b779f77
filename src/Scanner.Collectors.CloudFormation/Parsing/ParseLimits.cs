using Scanner.Core.Collection;

namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>The hostile-input guards the readers enforce (see <see cref="CloudFormationOptions"/>).</summary>
internal sealed record ParseLimits(int MaxDepth, int MaxAliasExpansions)
{
    /// <summary>
    /// Which resource types' bodies the scan reads; the readers keep only the outline of the others
    /// (<see cref="ResourceOutline"/>). Null keeps every body.
    /// </summary>
    public Func<string, bool>? ReadsType { get; init; }

    /// <summary>
    /// When set, the readers pack the definitions they keep (<see cref="ReadsType"/>) once each is checked
    /// (<see cref="PackedDefinition"/>). Only with <see cref="ReadsType"/>.
    /// </summary>
    public NodePacker? Packer { get; init; }

    /// <summary>
    /// Whether a type's schema defines a property (type, property name): a packed definition keeps the keys of the
    /// properties it does not define, for the warning about them. Null: every key is kept.
    /// </summary>
    public Func<string, string, bool>? DefinesProperty { get; init; }

    /// <summary>The input's memory budget: the readers hold each node in it as they make it (<see cref="TreeBytes"/>).</summary>
    public InputMemoryBudget? Budget { get; init; }
}
