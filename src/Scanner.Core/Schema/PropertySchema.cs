namespace Scanner.Core.Schema;

/// <summary>A normalised property (or list element, or object member) of the inventory.</summary>
public sealed class PropertySchema
{
    public PropertySchema(string name, PropertyType type, string description,
        PropertySchema? item = null, IReadOnlyList<PropertySchema>? members = null)
    {
        Name = name;
        Type = type;
        Description = description;
        Item = item;
        Members = members ?? [];
    }

    public string Name { get; }
    public PropertyType Type { get; }
    public string Description { get; }
    public PropertySchema? Item { get; }
    public IReadOnlyList<PropertySchema> Members { get; }

    public PropertySchema? Member(string name) => Members.FirstOrDefault(m => m.Name == name);
}
