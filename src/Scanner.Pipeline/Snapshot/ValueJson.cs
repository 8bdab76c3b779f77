using System.Text.Json;
using Scanner.Core.Collection;
using Scanner.Core.Inventory;

namespace Scanner.Pipeline.Snapshot;

/// <summary>
/// Inventory values as JSON. Unknown is written as <c>{"$unknown": true}</c> so a snapshot keeps the
/// difference between "unknown" and "absent"; everything else maps one to one.
/// </summary>
public static class ValueJson
{
    public const string UnknownMarker = "$unknown";

    public static void Write(Utf8JsonWriter w, Value v)
    {
        switch (v.Kind)
        {
            case ValueKind.Null: w.WriteNullValue(); break;
            case ValueKind.Unknown:
                w.WriteStartObject();
                w.WriteBoolean(UnknownMarker, true);
                w.WriteEndObject();
                break;
            case ValueKind.Boolean: w.WriteBooleanValue(v.AsBoolean); break;
            case ValueKind.Number: w.WriteNumberValue(v.AsNumber); break;
            case ValueKind.String: w.WriteStringValue(v.AsString); break;
            case ValueKind.List:
                w.WriteStartArray();
                foreach (var i in v.Items) Write(w, i);
                w.WriteEndArray();
                break;
            case ValueKind.Map:
                w.WriteStartObject();
                foreach (var (k, e) in v.Entries)
                {
                    w.WritePropertyName(k);
                    Write(w, e);
                }
                w.WriteEndObject();
                break;
        }
    }

    public static Value Read(JsonElement e) => Read(e, new ValuePool());

    /// <summary>Reads a value with its names interned and its short strings and numbers shared through <paramref name="pool"/>.</summary>
    public static Value Read(JsonElement e, ValuePool pool) => e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => Value.Null,
        JsonValueKind.True => Value.True,
        JsonValueKind.False => Value.False,
        JsonValueKind.Number => pool.Number(e.GetDouble()),
        JsonValueKind.String => pool.String(e.GetString()!),
        JsonValueKind.Array => ReadList(e, pool),
        JsonValueKind.Object when e.TryGetProperty(UnknownMarker, out var u) && u.ValueKind == JsonValueKind.True => Value.Unknown,
        JsonValueKind.Object => ReadMap(e, pool),
        _ => Value.Null,
    };

    private static Value ReadList(JsonElement e, ValuePool pool)
    {
        var items = new Value[e.GetArrayLength()];
        var i = 0;
        foreach (var item in e.EnumerateArray()) items[i++] = Read(item, pool);
        return Value.List(items);
    }

    private static Value ReadMap(JsonElement e, ValuePool pool)
    {
        var entries = new List<KeyValuePair<string, Value>>();
        foreach (var p in e.EnumerateObject()) entries.Add(new(pool.Strings.Intern(p.Name), Read(p.Value, pool)));
        return Value.Map(entries);
    }
}
