using System.Text.Json;
using Scanner.Collectors.Terraform.Json;
using Scanner.Core.Collection;
using Scanner.Core.Inventory;

namespace Scanner.Collectors.Terraform.Plan;

/// <summary>
/// Rebuilds a planned value from <c>change.after</c> and its <c>after_unknown</c> mirror. Terraform omits
/// unknown object attributes from <c>after</c> and writes <c>null</c> for unknown list elements; the mirror says
/// <c>true</c> there. Both come back here as <see cref="Value.Unknown"/>, so "known after apply" is never read as
/// absent or null. Values that <c>after_sensitive</c> marks (sensitive attributes and anything derived from a sensitive
/// variable) also become <see cref="Value.Unknown"/>: the scanner never carries a secret into messages, names,
/// evidence, reports or snapshots, so rules cannot decide on them. Recursion depth is bounded by the document's parse
/// depth limit. Names go through the plan's <see cref="StringPool"/> and short strings and numbers through its
/// <see cref="ValuePool"/>: a plan repeats the same attribute names and many values in every entry, and each would
/// otherwise be a string or a value of its own.
/// </summary>
internal sealed class PlanValueConverter(ValuePool values)
{
    private readonly StringPool _strings = values.Strings;

    public Value Convert(JsonElement? after, JsonElement? unknown, JsonElement? sensitive)
    {
        if (sensitive is { ValueKind: JsonValueKind.True }) return Value.Unknown;
        if (sensitive is not { ValueKind: JsonValueKind.Object or JsonValueKind.Array } s || IsEmpty(s)) return Convert(after, unknown);
        return Mask(Convert(after, unknown), s);
    }

    private static bool IsEmpty(JsonElement e) =>
        e.ValueKind == JsonValueKind.Object ? !e.EnumerateObject().MoveNext() : e.GetArrayLength() == 0;

    /// <summary>Replaces every part of <paramref name="value"/> that the <c>after_sensitive</c> mirror marks true.</summary>
    private Value Mask(Value value, JsonElement sensitive)
    {
        switch (sensitive.ValueKind)
        {
            case JsonValueKind.True:
                return Value.Unknown;
            case JsonValueKind.Object when value.IsMap:
                var entries = new List<KeyValuePair<string, Value>>();
                foreach (var (k, v) in value.Entries)
                    entries.Add(new(k, sensitive.TryGetProperty(k, out var s) ? Mask(v, s) : v));
                return Value.Map(entries);
            case JsonValueKind.Array when value.IsList:
                var count = sensitive.GetArrayLength();
                return Value.List(value.Items.Select((item, i) => i < count ? Mask(item, sensitive[i]) : item));
            default:
                return value;
        }
    }

    public Value Convert(JsonElement? after, JsonElement? unknown)
    {
        if (unknown is { ValueKind: JsonValueKind.True }) return Value.Unknown;
        if (after is not { } a || a.ValueKind == JsonValueKind.Undefined) return FromUnknownOnly(unknown);
        switch (a.ValueKind)
        {
            case JsonValueKind.Object:
            {
                var entries = new List<KeyValuePair<string, Value>>();
                if (unknown is not { ValueKind: JsonValueKind.Object } mirror || !mirror.EnumerateObject().MoveNext())
                {
                    // Fast path: most nested objects have no unknowns at all.
                    foreach (var p in a.EnumerateObject()) entries.Add(new(_strings.Intern(p.Name), Convert(p.Value, null)));
                    return Value.Map(entries);
                }
                foreach (var p in a.EnumerateObject())
                    entries.Add(new(_strings.Intern(p.Name), Convert(p.Value, mirror.TryGetProperty(p.Name, out var u) ? u : null)));
                foreach (var u in mirror.EnumerateObject())
                    if (u.Value.ValueKind is not (JsonValueKind.False or JsonValueKind.Null) && !a.TryGetProperty(u.Name, out _))
                        entries.Add(new(_strings.Intern(u.Name), FromUnknownOnly(u.Value)));
                return Value.Map(entries);
            }
            case JsonValueKind.Array:
            {
                var mirror = unknown is { ValueKind: JsonValueKind.Array } m ? m : (JsonElement?)null;
                var count = mirror?.GetArrayLength() ?? 0;
                var items = new List<Value>();
                var i = 0;
                foreach (var item in a.EnumerateArray())
                {
                    items.Add(Convert(item, i < count ? mirror!.Value[i] : null));
                    i++;
                }
                return Value.List(items);
            }
            case JsonValueKind.String: return values.String(a.GetString()!);
            case JsonValueKind.Number: return a.TryGetDouble(out var d) ? values.Number(d) : Value.From(a.GetRawText());
            case JsonValueKind.True: return Value.True;
            case JsonValueKind.False: return Value.False;
            default: return Value.Null;
        }
    }

    /// <summary>A value missing from <c>after</c>: unknown where the mirror says so, null otherwise.</summary>
    private Value FromUnknownOnly(JsonElement? unknown) => unknown switch
    {
        { ValueKind: JsonValueKind.True } => Value.Unknown,
        { ValueKind: JsonValueKind.Object } o => Value.Map(o.EnumerateObject()
            .Where(p => p.Value.ValueKind is not (JsonValueKind.False or JsonValueKind.Null))
            .Select(p => new KeyValuePair<string, Value>(_strings.Intern(p.Name), FromUnknownOnly(p.Value)))),
        { ValueKind: JsonValueKind.Array } l => Value.List(l.EnumerateArray().Select(x => FromUnknownOnly(x))),
        _ => Value.Null,
    };
}
