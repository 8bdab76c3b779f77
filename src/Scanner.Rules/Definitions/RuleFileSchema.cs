using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Scanner.Core.Schema;
using Scanner.Rules.Conditions;
using Scanner.Rules.Operators;

namespace Scanner.Rules.Definitions;

/// <summary>
/// Writes <c>rules/rule.schema.json</c>, the JSON Schema of a rule file for editors, from the reader's fields
/// (<see cref="RuleFields"/>), the condition combinators and the operator registry, so the schema cannot drift from
/// what the loader accepts. The loader checks more than JSON Schema can say (paths against the inventory schema,
/// regular expressions, id uniqueness).
/// </summary>
public static partial class RuleFileSchema
{
    /// <summary>The schema text (UTF-8, two-space indentation, ending in a newline).</summary>
    public static string Generate(InventorySchema schema, OperatorRegistry operators)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(operators);
        var fields = RuleFields.For(schema);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            w.WriteString("$id", "https://latticescan.dev/schemas/rule.schema.json");
            w.WriteString("title", "latticescan rule file");
            w.WriteString("description",
                "One rule per file under rules/<resource>/<slug>.yaml, with its cases in <slug>.cases.yaml. See rules/README.md. Generated from the rule loader's fields and operators; the loader also checks paths against the inventory schema, regexes, and id uniqueness, which JSON Schema cannot express.");
            w.WriteString("type", "object");
            w.WriteStartArray("required");
            foreach (var f in fields.Where(f => f.Required)) w.WriteStringValue(f.Name);
            w.WriteEndArray();
            w.WriteBoolean("additionalProperties", false);
            w.WriteStartObject("properties");
            foreach (var f in fields)
            {
                w.WritePropertyName(f.Name);
                WithDescription(w, f.WriteSchema, PlainText(f.Meaning));
            }
            w.WriteEndObject();
            w.WriteStartObject("definitions");
            w.WriteStartObject("condition");
            w.WriteStartArray("oneOf");
            foreach (var c in ConditionCompiler.ListCombinators) Combinator(w, c, list: true);
            Combinator(w, ConditionCompiler.NotCombinator, list: false);
            foreach (var q in ConditionCompiler.Quantifiers) Quantifier(w, q);
            Leaf(w, operators);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Markdown reduced to plain text for a JSON Schema description: no code ticks, links as their text.</summary>
    public static string PlainText(string markdown) =>
        MarkdownLink().Replace(markdown, "$1").Replace("`", "", StringComparison.Ordinal).Replace("\\|", "|", StringComparison.Ordinal);

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]+\)")]
    private static partial Regex MarkdownLink();

    private static void WithDescription(Utf8JsonWriter w, Action<Utf8JsonWriter> writeMembers, string description)
    {
        w.WriteStartObject();
        writeMembers(w);
        w.WriteString("description", description);
        w.WriteEndObject();
    }

    /// <summary>An object with exactly one member, <paramref name="name"/>, whose schema <paramref name="member"/> writes.</summary>
    private static void OneMemberObject(Utf8JsonWriter w, string name, Action<Utf8JsonWriter> member)
    {
        w.WriteStartObject();
        w.WriteString("type", "object");
        w.WriteStartArray("required");
        w.WriteStringValue(name);
        w.WriteEndArray();
        w.WriteStartObject("properties");
        w.WriteStartObject(name);
        member(w);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteBoolean("additionalProperties", false);
        w.WriteEndObject();
    }

    private static void Combinator(Utf8JsonWriter w, string name, bool list) => OneMemberObject(w, name, w =>
    {
        if (list)
        {
            w.WriteString("type", "array");
            w.WriteNumber("minItems", 1);
            w.WriteStartObject("items");
            w.WriteString("$ref", "#/definitions/condition");
            w.WriteEndObject();
        }
        else w.WriteString("$ref", "#/definitions/condition");
    });

    private static void Quantifier(Utf8JsonWriter w, string name) => OneMemberObject(w, name, w =>
    {
        w.WriteString("type", "object");
        w.WriteStartArray("required");
        w.WriteStringValue("in");
        w.WriteStringValue("where");
        w.WriteEndArray();
        w.WriteStartObject("properties");
        w.WriteStartObject("in");
        w.WriteString("type", "string");
        w.WriteEndObject();
        w.WriteStartObject("where");
        w.WriteString("$ref", "#/definitions/condition");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteBoolean("additionalProperties", false);
    });

    private static void Leaf(Utf8JsonWriter w, OperatorRegistry operators)
    {
        w.WriteStartObject();
        w.WriteString("type", "object");
        w.WriteStartArray("required");
        w.WriteStringValue("path");
        w.WriteEndArray();
        w.WriteStartObject("properties");
        w.WriteStartObject("path");
        w.WriteString("type", "string");
        w.WriteString("description", "Property path, e.g. securityGroups.ingress.cidrIpv4; '$.' starts at the rule's subject.");
        w.WriteEndObject();
        foreach (var op in operators.All)
        {
            w.WritePropertyName(op.Name);
            op.Argument.WriteSchema(w, PlainText((op.IsCollectionOperator ? "True when " : "True when a selected value ") + op.Summary));
        }
        w.WriteEndObject();
        w.WriteBoolean("additionalProperties", false);
        w.WriteNumber("minProperties", 2);
        w.WriteNumber("maxProperties", 2);
        w.WriteEndObject();
    }
}
