using System.Text.Json;
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

    public static Value Read(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => Value.Null,
        JsonValueKind.True => Value.True,
        JsonValueKind.False => Value.False,
        JsonValueKind.Number => Value.From(e.GetDouble()),
        JsonValueKind.String => Value.From(e.GetString()),
        JsonValueKind.Array => Value.List(e.EnumerateArray().Select(Read)),
        JsonValueKind.Object when e.TryGetProperty(UnknownMarker, out var u) && u.ValueKind == JsonValueKind.True => Value.Unknown,
        JsonValueKind.Object => Value.Map(e.EnumerateObject().Select(p => new KeyValuePair<string, Value>(p.Name, Read(p.Value)))),
        _ => Value.Null,
    };
}
