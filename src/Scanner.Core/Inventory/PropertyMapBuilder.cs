using Scanner.Core.Schema;

namespace Scanner.Core.Inventory;

/// <summary>
/// Builds a resource's property map, or an object inside one, keyed by schema declarations (<see cref="PropertySchema"/>):
/// a writer can only name a property the schema declares, and renaming one is a compile error for its writers.
/// <c>null</c> (C#) arguments are skipped, so "absent" stays absent.
/// </summary>
public sealed class PropertyMapBuilder
{
    private readonly MapBuilder _map = new();

    public PropertyMapBuilder Set(PropertySchema property, Value? value)
    {
        _map.Set(property.Name, value);
        return this;
    }

    public PropertyMapBuilder Set(PropertySchema property, string? value) => Set(property, value is null ? null : Value.From(value));
    public PropertyMapBuilder Set(PropertySchema property, bool? value) => Set(property, value is null ? null : Value.From(value.Value));
    public PropertyMapBuilder Set(PropertySchema property, double? value) => Set(property, value is null ? null : Value.From(value.Value));

    public Value Build() => _map.Build();
}
