using System.Runtime.CompilerServices;

namespace Scanner.Core.Schema;

/// <summary>
/// Declares a property or relation whose name is the declaring member's own name in camelCase (the member
/// <c>VpcId</c> declares <c>vpcId</c>). The name is written nowhere else: renaming a property is renaming its member,
/// and every writer still using the old member stops compiling.
/// </summary>
internal static class Declare
{
    public static PropertySchema String(string description, [CallerMemberName] string member = "") =>
        new(NameOf(member), PropertyType.String, description);

    public static PropertySchema Number(string description, [CallerMemberName] string member = "") =>
        new(NameOf(member), PropertyType.Number, description);

    public static PropertySchema Boolean(string description, [CallerMemberName] string member = "") =>
        new(NameOf(member), PropertyType.Boolean, description);

    /// <summary>Free-form string keys (tags).</summary>
    public static PropertySchema Map(string description, [CallerMemberName] string member = "") =>
        new(NameOf(member), PropertyType.Map, description);

    /// <summary>A list of strings; each element (a shape no rule path names) is described as the list is.</summary>
    public static PropertySchema StringList(string description, [CallerMemberName] string member = "") =>
        new(NameOf(member), PropertyType.List, description, new("item", PropertyType.String, description));

    public static PropertySchema List(string description, PropertySchema item, [CallerMemberName] string member = "") =>
        new(NameOf(member), PropertyType.List, description, item);

    public static PropertySchema Object(string description, IReadOnlyList<PropertySchema> members, [CallerMemberName] string member = "") =>
        new(NameOf(member), PropertyType.Object, description, members: members);

    /// <summary>A forward relation to at most one resource.</summary>
    public static RelationSchema ToOne(string description, string[] targetKinds, [CallerMemberName] string member = "") =>
        new(NameOf(member), targetKinds, false, description);

    /// <summary>A forward relation to any number of resources.</summary>
    public static RelationSchema ToMany(string description, string[] targetKinds, [CallerMemberName] string member = "") =>
        new(NameOf(member), targetKinds, true, description);

    /// <summary>The graph's mirror of <paramref name="forward"/>, a relation of <paramref name="sourceKind"/>.</summary>
    public static RelationSchema Inverse(string description, string sourceKind, RelationSchema forward, [CallerMemberName] string member = "") =>
        new(NameOf(member), [sourceKind], true, description, (sourceKind, forward.Name));

    private static string NameOf(string member) => char.ToLowerInvariant(member[0]) + member[1..];
}
