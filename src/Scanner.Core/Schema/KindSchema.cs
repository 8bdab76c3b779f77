namespace Scanner.Core.Schema;

/// <summary>The properties and relations of one resource kind.</summary>
public sealed class KindSchema
{
    public KindSchema(string kind, string description, IReadOnlyList<PropertySchema> properties, IReadOnlyList<RelationSchema> relations)
    {
        Kind = kind;
        Description = description;
        Properties = properties;
        Relations = relations;
    }

    public string Kind { get; }
    public string Description { get; }
    public IReadOnlyList<PropertySchema> Properties { get; }
    public IReadOnlyList<RelationSchema> Relations { get; }

    public PropertySchema? Property(string name) => Properties.FirstOrDefault(p => p.Name == name);
    public RelationSchema? Relation(string name) => Relations.FirstOrDefault(r => r.Name == name);
}
