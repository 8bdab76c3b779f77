using System.Text.Json;

namespace Scanner.Rules.Operators;

/// <summary>
/// What an operator's argument must be, said three ways from one definition: in words for error messages
/// (<see cref="Description"/>), in short for the operator tables of <c>rules/README.md</c> (<see cref="Label"/>), and
/// as JSON Schema for <c>rules/rule.schema.json</c>. The operator's own validator decides; the schema lets editors
/// check rule files as they are typed.
/// </summary>
public sealed class ArgumentType
{
    private readonly IReadOnlyList<string> _jsonTypes;
    private readonly double? _minimum;
    private readonly double? _maximum;
    private readonly string? _pattern;
    private readonly ArgumentType? _items;
    private readonly int? _minItems;

    private ArgumentType(string label, string description, IReadOnlyList<string> jsonTypes,
        double? minimum = null, double? maximum = null, string? pattern = null, ArgumentType? items = null, int? minItems = null)
    {
        Label = label;
        Description = description;
        _jsonTypes = jsonTypes;
        _minimum = minimum;
        _maximum = maximum;
        _pattern = pattern;
        _items = items;
        _minItems = minItems;
    }

    /// <summary>A few words for a table column (<c>bool</c>, <c>list of CIDRs</c>).</summary>
    public string Label { get; }

    /// <summary>What the argument must be, completing "operator 'x' expects …".</summary>
    public string Description { get; }

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static ArgumentType Boolean { get; } = new("bool", "true or false", ["boolean"]);

    /// <summary>A string, number or boolean; with <paramref name="orNull"/>, also null.</summary>
    public static ArgumentType Scalar(bool orNull) => orNull
        ? new("scalar", "a string, number, boolean or null", ["string", "number", "boolean", "null"])
        : new("scalar", "a string, number or boolean", ["string", "number", "boolean"]);

    /// <summary>A string, matching <paramref name="pattern"/> (a JSON Schema regular expression) when given.</summary>
    public static ArgumentType String(string? pattern = null) => new("string", "a string", ["string"], pattern: pattern);

    /// <summary>A number, within the bounds when given.</summary>
    public static ArgumentType Number(double? minimum = null, double? maximum = null) =>
        new("number", "a number", ["number"], minimum, maximum);

    /// <summary>A list whose elements are <paramref name="items"/>, with at least <paramref name="minItems"/> of them when given.</summary>
    public static ArgumentType ListOf(ArgumentType items, int? minItems = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new("list", $"a list of {items.Label} values", ["array"], items: items, minItems: minItems);
    }

    /// <summary>The same type with its own words (<paramref name="label"/> for tables, <paramref name="description"/> for errors).</summary>
    public ArgumentType Described(string label, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        return new(label, description, _jsonTypes, _minimum, _maximum, _pattern, _items, _minItems);
    }

    /// <summary>Writes the JSON Schema of the argument, with <paramref name="description"/> when given.</summary>
    public void WriteSchema(Utf8JsonWriter writer, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (_jsonTypes.Count == 1) writer.WriteString("type", _jsonTypes[0]);
        else
        {
            writer.WriteStartArray("type");
            foreach (var t in _jsonTypes) writer.WriteStringValue(t);
            writer.WriteEndArray();
        }
        if (_items is not null)
        {
            writer.WritePropertyName("items");
            _items.WriteSchema(writer);
        }
        if (_minItems is { } n) writer.WriteNumber("minItems", n);
        if (_minimum is { } min) writer.WriteNumber("minimum", min);
        if (_maximum is { } max) writer.WriteNumber("maximum", max);
        if (_pattern is not null) writer.WriteString("pattern", _pattern);
        if (description is not null) writer.WriteString("description", description);
        writer.WriteEndObject();
    }
}
