using Scanner.Core.Inventory;

namespace Scanner.Core.Schema;

/// <summary>
/// A named edge from one kind to others. Forward relations come from collectors' references; inverse relations
/// (<see cref="InverseOf"/> set) are derived by the graph from the forward relation they mirror.
/// </summary>
public sealed record RelationSchema(
    string Name,
    IReadOnlyList<string> TargetKinds,
    bool Many,
    string Description,
    (string Kind, string Relation)? InverseOf = null)
{
    /// <summary>
    /// An edge of this relation to <paramref name="target"/> (an ARN, an AWS id or an IaC key); a null target is an edge
    /// known to exist but not where it points.
    /// </summary>
    public ResourceReference To(string? target) => new(Name, target);

    /// <summary>An edge of this relation known to exist but not where it points (<see cref="ResourceReference.Unresolvable"/>).</summary>
    public ResourceReference Unresolvable() => ResourceReference.Unresolvable(Name);
}
