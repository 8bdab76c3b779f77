namespace Scanner.Reporting.Baseline;

/// <summary>
/// A parsed JSON value that remembers where it started (1-based line and byte column), so structural errors in a
/// baseline can be reported as <c>file:line:col</c> — <see cref="System.Text.Json.JsonDocument"/> forgets positions.
/// </summary>
internal sealed class JsonNodeWithPosition
{
    public required JsonNodeKind Kind { get; init; }
    public required int Line { get; init; }
    public required int Column { get; init; }
    /// <summary>String value, or the number's text.</summary>
    public string? Text { get; init; }
    public Dictionary<string, JsonNodeWithPosition>? Properties { get; init; }
    public List<JsonNodeWithPosition>? Items { get; init; }

    public JsonNodeWithPosition? this[string name] =>
        Properties is not null && Properties.TryGetValue(name, out var v) ? v : null;

    public string? StringOrNull => Kind == JsonNodeKind.String ? Text : null;
}

internal enum JsonNodeKind { Object, Array, String, Number, True, False, Null }
