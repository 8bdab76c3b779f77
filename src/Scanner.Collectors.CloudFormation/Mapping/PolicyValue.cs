using System.Buffers;
using System.Text;
using System.Text.Json;
using Scanner.Core.Aws;
using Scanner.Core.Inventory;
using Scanner.Core.Schema;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// Turns a resolved <c>Policy</c> (a template object, or a JSON string) into the normalised policy shape by
/// writing it as JSON and handing it to <see cref="PolicyDocumentParser"/>. Parts that stayed unknown are written
/// as <see cref="Placeholder"/> and come back as <see cref="Value.Unknown"/> (the <c>raw</c> text keeps the
/// placeholder), so one unknown ARN in a <c>Resource</c> does not hide a <c>Principal: "*"</c>.
/// </summary>
internal static class PolicyValue
{
    public const string Placeholder = "${latticescan:unknown}";

    public static Value? From(Value? policy)
    {
        switch (policy?.Kind)
        {
            case null or ValueKind.Null: return null;
            case ValueKind.Unknown: return Value.Unknown;
            case ValueKind.String: return PolicyDocumentParser.Parse(policy.AsString);
        }
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true, MaxDepth = 1024 }))
            Write(writer, policy);
        var parsed = PolicyDocumentParser.Parse(Encoding.UTF8.GetString(buffer.WrittenSpan));
        return Restore(parsed, isRoot: true);
    }

    /// <summary>Writes the template's policy as JSON: its keys are the document's own (Statement, Principal, …), not inventory names.</summary>
    private static void Write(Utf8JsonWriter w, Value v)
    {
        switch (v.Kind)
        {
            case ValueKind.Map:
                w.WriteStartObject();
                foreach (var (k, item) in v.Entries)
                {
                    w.WritePropertyName(k);
                    Write(w, item);
                }
                w.WriteEndObject();
                break;
            case ValueKind.List:
                w.WriteStartArray();
                foreach (var item in v.Items) Write(w, item);
                w.WriteEndArray();
                break;
            case ValueKind.String: w.WriteStringValue(v.AsString); break;
            case ValueKind.Boolean: w.WriteBooleanValue(v.AsBoolean); break;
            case ValueKind.Number: w.WriteNumberValue(v.AsNumber); break;
            case ValueKind.Null: w.WriteNullValue(); break;
            default: w.WriteStringValue(Placeholder); break;
        }
    }

    private static Value Restore(Value v, bool isRoot) => v.Kind switch
    {
        ValueKind.String when v.AsString.Contains(Placeholder, StringComparison.Ordinal) => Value.Unknown,
        ValueKind.List => Value.List(v.Items.Select(i => Restore(i, false))),
        ValueKind.Map => Value.Map(v.Entries.Select(e => new KeyValuePair<string, Value>(e.Key, isRoot && e.Key == PolicyDocumentProperties.Raw.Name ? e.Value : Restore(e.Value, false)))),
        _ => v,
    };
}
