namespace Scanner.Core.Inventory;

/// <summary>
/// Builds a property map fluently; <c>null</c> (C#) arguments are skipped, so "absent" stays absent.
/// </summary>
public sealed class MapBuilder
{
    private readonly List<KeyValuePair<string, Value>> _entries = [];

    public MapBuilder Set(string key, Value? value)
    {
        if (value is not null) _entries.Add(new(key, value));
        return this;
    }

    public MapBuilder Set(string key, string? value) => value is null ? this : Set(key, Value.From(value));
    public MapBuilder Set(string key, bool? value) => value is null ? this : Set(key, Value.From(value.Value));
    public MapBuilder Set(string key, double? value) => value is null ? this : Set(key, Value.From(value.Value));

    /// <summary>Sets a member declared in the schema (<see cref="Schema.PropertySchema"/>): its name is the schema's, checked by the compiler.</summary>
    public MapBuilder Set(Schema.PropertySchema property, Value? value) => Set(property.Name, value);
    public MapBuilder Set(Schema.PropertySchema property, string? value) => Set(property.Name, value);
    public MapBuilder Set(Schema.PropertySchema property, bool? value) => Set(property.Name, value);
    public MapBuilder Set(Schema.PropertySchema property, double? value) => Set(property.Name, value);

    public Value Build() => Value.Map(_entries);
}
