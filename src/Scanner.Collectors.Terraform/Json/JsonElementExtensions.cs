using System.Text.Json;

namespace Scanner.Collectors.Terraform.Json;

/// <summary>
/// Kind-checked accessors: plan JSON comes from users, so a member of the wrong kind must read as "absent"
/// rather than throw <see cref="InvalidOperationException"/> from <see cref="JsonElement"/>.
/// </summary>
internal static class JsonElementExtensions
{
    public static JsonElement? Member(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v : null;

    public static JsonElement? Member(this JsonElement? e, string name) => e is { } x ? x.Member(name) : null;

    public static string? StringMember(this JsonElement e, string name) =>
        e.Member(name) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    public static string? StringMember(this JsonElement? e, string name) => e is { } x ? x.StringMember(name) : null;

    public static JsonElement? ObjectMember(this JsonElement e, string name) =>
        e.Member(name) is { ValueKind: JsonValueKind.Object } v ? v : null;

    public static JsonElement? ObjectMember(this JsonElement? e, string name) => e is { } x ? x.ObjectMember(name) : null;

    public static JsonElement? ArrayMember(this JsonElement e, string name) =>
        e.Member(name) is { ValueKind: JsonValueKind.Array } v ? v : null;

    public static JsonElement? ArrayMember(this JsonElement? e, string name) => e is { } x ? x.ArrayMember(name) : null;

    /// <summary>The string elements of an array (others skipped); empty when not an array.</summary>
    public static IEnumerable<string> Strings(this JsonElement? e)
    {
        if (e is not { ValueKind: JsonValueKind.Array } array) yield break;
        foreach (var item in array.EnumerateArray())
            if (item.ValueKind == JsonValueKind.String) yield return item.GetString()!;
    }

    /// <summary>The object members of an object (nothing when not an object).</summary>
    public static IEnumerable<JsonProperty> Members(this JsonElement? e) =>
        e is { ValueKind: JsonValueKind.Object } o ? o.EnumerateObject() : [];

    /// <summary>The object elements of an array (others skipped).</summary>
    public static IEnumerable<JsonElement> Objects(this JsonElement? e) =>
        e is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.Object) : [];
}
