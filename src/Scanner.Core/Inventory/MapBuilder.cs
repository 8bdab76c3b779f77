namespace Scanner.Core.Inventory;

/// <summary>
/// Builds a map whose keys are free text (a snapshot's envelope, test inventories); <c>null</c> (C#) arguments are
/// skipped, so "absent" stays absent. Resource properties are built with <see cref="PropertyMapBuilder"/>, whose keys
/// are schema declarations.
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

    public Value Build() => Value.Map(_entries);
}
