using System.Globalization;
using Scanner.Core.Collection;

namespace Scanner.Reporting.Baseline;

/// <summary>Typed access to a positioned JSON tree that turns every shape problem into a located <see cref="InputException"/>.</summary>
internal sealed class BaselineDocument(string file)
{
    public string File { get; } = file;

    public InputException Error(JsonNodeWithPosition at, string reason) => new(File, reason, at.Line, at.Column);

    public JsonNodeWithPosition RequireObject(JsonNodeWithPosition parent, string name, string what)
    {
        var v = parent[name] ?? throw Error(parent, $"{what} has no \"{name}\" object");
        return v.Kind == JsonNodeKind.Object ? v : throw Error(v, $"\"{name}\" must be an object");
    }

    public List<JsonNodeWithPosition> RequireArray(JsonNodeWithPosition parent, string name, string what)
    {
        var v = parent[name] ?? throw Error(parent, $"{what} has no \"{name}\" array");
        return v.Kind == JsonNodeKind.Array ? v.Items! : throw Error(v, $"\"{name}\" must be an array");
    }

    public List<JsonNodeWithPosition> OptionalArray(JsonNodeWithPosition? parent, string name)
    {
        var v = parent?[name];
        if (v is null || v.Kind == JsonNodeKind.Null) return [];
        return v.Kind == JsonNodeKind.Array ? v.Items! : throw Error(v, $"\"{name}\" must be an array");
    }

    public string RequireString(JsonNodeWithPosition parent, string name, string what)
    {
        var v = parent[name] ?? throw Error(parent, $"{what} has no \"{name}\"");
        return v.Kind == JsonNodeKind.String && !string.IsNullOrWhiteSpace(v.Text) ? v.Text! : throw Error(v, $"\"{name}\" must be a non-empty string");
    }

    public string? OptionalString(JsonNodeWithPosition? parent, string name)
    {
        var v = parent?[name];
        if (v is null || v.Kind == JsonNodeKind.Null) return null;
        return v.Kind == JsonNodeKind.String ? v.Text : throw Error(v, $"\"{name}\" must be a string");
    }

    public JsonNodeWithPosition? OptionalObject(JsonNodeWithPosition? parent, string name)
    {
        var v = parent?[name];
        if (v is null || v.Kind == JsonNodeKind.Null) return null;
        return v.Kind == JsonNodeKind.Object ? v : throw Error(v, $"\"{name}\" must be an object");
    }

    /// <summary>A non-negative integer, 0 when absent or null.</summary>
    public int OptionalInt(JsonNodeWithPosition? parent, string name)
    {
        var v = parent?[name];
        if (v is null || v.Kind == JsonNodeKind.Null) return 0;
        return v.Kind == JsonNodeKind.Number && int.TryParse(v.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw Error(v, $"\"{name}\" must be a non-negative integer");
    }

    public bool OptionalBool(JsonNodeWithPosition? parent, string name)
    {
        var v = parent?[name];
        return v?.Kind switch
        {
            null or JsonNodeKind.Null or JsonNodeKind.False => false,
            JsonNodeKind.True => true,
            _ => throw Error(v, $"\"{name}\" must be true or false"),
        };
    }
}
