using System.Reflection;
using Scanner.Core.Schema;

namespace Scanner.Core.Tests;

/// <summary>
/// The schema is built from the declaration classes of <c>Schema/Declarations</c> (<c>…Properties</c>, <c>…Relations</c>),
/// which the collectors write through: every declaration must be in the schema, everything in the schema must be a
/// declaration, and each declaration's name is its member's name.
/// </summary>
public class SchemaDeclarationTests
{
    private static readonly Type[] DeclarationClasses = typeof(InventorySchema).Assembly.GetExportedTypes()
        .Where(t => t is { IsAbstract: true, IsSealed: true, Namespace: "Scanner.Core.Schema" }
                    && (t.Name.EndsWith("Properties", StringComparison.Ordinal) || t.Name.EndsWith("Relations", StringComparison.Ordinal)))
        .ToArray();

    private static IEnumerable<(string Member, T Declared)> Declared<T>() =>
        DeclarationClasses.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(T))
            .Select(p => ($"{t.Name}.{p.Name}", (T)p.GetValue(null)!)));

    /// <summary>Every property the schema describes, nested members and list elements included (string elements are unnamed shapes).</summary>
    private static IEnumerable<PropertySchema> InSchema()
    {
        IEnumerable<PropertySchema> Walk(PropertySchema p) =>
            new[] { p }.Concat(p.Members.SelectMany(Walk)).Concat(p.Item is { Type: PropertyType.Object } item ? Walk(item) : []);
        return InventorySchema.CommonProperties.Concat(InventorySchema.Default.Kinds.SelectMany(k => k.Properties)).SelectMany(Walk);
    }

    [Fact]
    public void DeclarationClasses_AreFound()
    {
        Assert.Contains(typeof(ResourceGatewayProperties), DeclarationClasses);
        Assert.Contains(typeof(ResourceGatewayRelations), DeclarationClasses);
        Assert.Contains(typeof(CommonProperties), DeclarationClasses);
        Assert.Contains(typeof(SecurityGroupRuleProperties), DeclarationClasses);
    }

    [Fact]
    public void EveryDeclaration_IsNamedAfterItsMember()
    {
        static string Camel(string member) => char.ToLowerInvariant(member[0]) + member[1..];
        foreach (var (member, property) in Declared<PropertySchema>())
            Assert.True(Camel(member[(member.IndexOf('.') + 1)..]) == property.Name, $"{member} declares '{property.Name}'");
        foreach (var (member, relation) in Declared<RelationSchema>())
            Assert.True(Camel(member[(member.IndexOf('.') + 1)..]) == relation.Name, $"{member} declares '{relation.Name}'");
    }

    [Fact]
    public void EveryDeclaredProperty_IsInTheSchema_AndEverySchemaPropertyIsDeclared()
    {
        var inSchema = InSchema().ToHashSet(ReferenceEqualityComparer.Instance);
        var declared = Declared<PropertySchema>().ToList();
        foreach (var (member, property) in declared)
            Assert.True(inSchema.Contains(property), $"{member} ('{property.Name}') is not in InventorySchema.Default");
        var declaredSet = declared.Select(d => d.Declared).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var property in InSchema())
            Assert.True(declaredSet.Contains(property), $"the schema's '{property.Name}' is no declaration of Schema/Declarations");
    }

    [Fact]
    public void EveryDeclaredRelation_IsInTheSchema_AndEverySchemaRelationIsDeclared()
    {
        var inSchema = InventorySchema.Default.Kinds.SelectMany(k => k.Relations).ToHashSet(ReferenceEqualityComparer.Instance);
        var declared = Declared<RelationSchema>().ToList();
        foreach (var (member, relation) in declared)
            Assert.True(inSchema.Contains(relation), $"{member} ('{relation.Name}') is not in InventorySchema.Default");
        var declaredSet = declared.Select(d => d.Declared).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var kind in InventorySchema.Default.Kinds)
        foreach (var relation in kind.Relations)
            Assert.True(declaredSet.Contains(relation), $"{kind.Kind}.{relation.Name} is no declaration of Schema/Declarations");
    }

    [Fact]
    public void EachKind_TakesItsPropertiesAndRelationsFromOneDeclarationClassEach()
    {
        foreach (var kind in InventorySchema.Default.Kinds)
        {
            Assert.Single(DeclarationClasses, t => t.Name.EndsWith("Properties", StringComparison.Ordinal) && ReferenceEquals(All(t), kind.Properties));
            Assert.Single(DeclarationClasses, t => t.Name.EndsWith("Relations", StringComparison.Ordinal) && ReferenceEquals(All(t), kind.Relations));
        }

        static object? All(Type t) => t.GetProperty("All", BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
    }
}
