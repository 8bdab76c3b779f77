using Scanner.Core.Inventory;

namespace Scanner.Rules.Evaluation;

/// <summary>
/// One thing a path selects: a resource (after following a relation) or a value, with the concrete path that
/// led to it (<c>securityGroups[sg-0a1].ingress[2].cidrIpv4</c>) for evidence.
/// </summary>
public readonly record struct Item(Resource? Resource, Value? Value, ItemPath Path)
{
    public static Item Of(Resource r, ItemPath path) => new(r, null, path);
    public static Item Of(Value v, ItemPath path) => new(null, v, path);

    /// <summary>A resource as the root of a path (the rule's subject).</summary>
    public static Item Root(Resource r) => new(r, null, ItemPath.Root);

    public bool IsUnknown => Resource is null && Value is { IsUnknown: true };

    /// <summary>
    /// Unknown, but known to be one element: a list element or an edge whose value or target is known only after
    /// apply. It counts for presence and count (the list is not empty, it has that many elements), unlike a wholly
    /// unknown list, which may hold any number of elements.
    /// </summary>
    public bool IsUnknownElement => IsUnknown && Path.IsElement;

    public override string ToString() => Resource is not null ? Resource.DisplayName : Value?.ToString() ?? "";
}
