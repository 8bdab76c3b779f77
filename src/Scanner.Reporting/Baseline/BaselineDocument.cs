using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Scanner.Core.Collection;

namespace Scanner.Reporting.Baseline;

/// <summary>Typed access to a positioned JSON tree that turns every shape problem into a located <see cref="InputException"/>.</summary>
internal sealed class BaselineDocument(string file)
{
    public string File { get; } = file;

    /// <summary>The baseline's memory budget: each entry is held in it as it is read (null: none).</summary>
    public InputMemoryBudget? Budget { get; init; }

    /// <summary>
    /// The texts entries repeat (rule ids, kinds, accounts, regions, files), one string each: a baseline of thousands of
    /// findings names a few dozen of them.
    /// </summary>
    public StringPool Texts { get; } = new();

    /// <summary>A repeated text (<see cref="Texts"/>).</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public string? Short(string? text) => text is null ? null : Texts.Intern(text);

    /// <summary>
    /// Holds a read entry in the budget (<see cref="ObjectBytes"/>): the entry, its own texts and location; the
    /// repeated texts as the pool grows.
    /// </summary>
    public BaselineEntry Held(BaselineEntry entry)
    {
        if (Budget is null) return entry;
        var bytes = EntryBytes + ObjectBytes.Text(entry.Fingerprint.Length) + ObjectBytes.Text(entry.Message.Length);
        foreach (var text in (string?[])[entry.ResourceKey, entry.ResourceArn, entry.ResourceName, entry.ResourceAddress, entry.Location?.LogicalName])
            if (text is not null) bytes += ObjectBytes.Text(text.Length);
        // Repeated texts too long for the pool are the entry's own.
        foreach (var text in (string?[])[entry.RuleId, entry.ResourceKind, entry.AccountId, entry.Region, entry.Location?.File])
            if (text is { Length: > StringPool.MaxPooledLength }) bytes += ObjectBytes.Text(text.Length);
        if (entry.Location is not null) bytes += ObjectBytes.Location;
        Budget.Hold(bytes);
        Budget.Grown(Texts, Texts.HeldBytes);
        return entry;
    }

    // A BaselineEntry's own fields and its place in the list of entries (with the pending severity beside it).
    private const int EntryBytes = 200;

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
