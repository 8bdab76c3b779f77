using Scanner.Core.Schema;

namespace Scanner.Rules.Paths;

/// <summary>What a path is known to select at load time: resources of some kinds, a schema property, or anything.</summary>
public sealed record PathType(IReadOnlyList<string> Kinds, PropertySchema? Property, bool IsAny, bool IsCollection)
{
    public static PathType OfKind(string kind) => new([kind], null, false, false);
    public static PathType Any { get; } = new([], null, true, false);

    /// <summary>The type of one element when this type is a collection (list property or many-relation).</summary>
    public PathType Element =>
        Property is { Type: PropertyType.List, Item: { } item } ? new([], item, false, false) :
        Kinds.Count > 0 ? this with { IsCollection = false } :
        this with { IsCollection = false };

    public string Describe() =>
        IsAny ? "any value" :
        Property is not null ? $"{Property.Type.ToString().ToLowerInvariant()} '{Property.Name}'" :
        string.Join(" | ", Kinds);
}
