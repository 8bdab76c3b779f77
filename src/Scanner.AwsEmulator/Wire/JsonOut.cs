using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Scanner.AwsEmulator.Wire;

internal static class JsonOut
{
    /// <summary>The fixed creation time of every emulated resource.</summary>
    public static readonly DateTimeOffset Created = new(2024, 12, 2, 10, 11, 12, 123, TimeSpan.Zero);

    public static string Object(Action<Utf8JsonWriter> body)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    public static void Strings(this Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    public static void OptString(this Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    /// <summary>One page of a list answer: the items under <paramref name="itemsKey"/>, each an object, then the next token when there is one.</summary>
    public static void Page<T>(this Utf8JsonWriter w, string itemsKey, IEnumerable<T> page, Action<Utf8JsonWriter, T> write, string tokenKey, string? next)
    {
        w.WriteStartArray(itemsKey);
        foreach (var item in page)
        {
            w.WriteStartObject();
            write(w, item);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.OptString(tokenKey, next);
    }

    /// <summary>VPC Lattice timestamps: ISO-8601 strings.</summary>
    public static void IsoTime(this Utf8JsonWriter w, string name) =>
        w.WriteString(name, Created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));

    /// <summary>RAM and Organizations timestamps: epoch seconds, fractional.</summary>
    public static void EpochTime(this Utf8JsonWriter w, string name) =>
        w.WriteNumber(name, Created.ToUnixTimeMilliseconds() / 1000.0);

    public static JsonElement ParseBody(EmulatedRequest request)
    {
        if (request.Body.Length == 0) return JsonDocument.Parse("{}").RootElement.Clone();
        using var doc = JsonDocument.Parse(request.Body);
        return doc.RootElement.Clone();
    }

    public static string? Str(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static int? Int(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    public static IReadOnlyList<string>? StrList(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(x => x.GetString() ?? "").ToArray() : null;
}
