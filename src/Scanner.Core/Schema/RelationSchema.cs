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
    (string Kind, string Relation)? InverseOf = null);
