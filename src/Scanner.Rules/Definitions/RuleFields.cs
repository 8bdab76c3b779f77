using System.Text.Json;
using Scanner.Core.Findings;
using Scanner.Core.Schema;

namespace Scanner.Rules.Definitions;

/// <summary>
/// The fields of a rule file, in the order the documentation lists them: the one list the reader, the JSON Schema
/// (<see cref="RuleFileSchema"/>) and the README table (<see cref="RuleFileTables"/>) are made from.
/// </summary>
public static class RuleFields
{
    /// <summary>The shape of a rule id (<c>LATTICE-GW-001</c>).</summary>
    public const string IdPattern = @"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$";

    /// <summary>The shape of a rule name (kebab-case).</summary>
    public const string NamePattern = @"^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>Most tags a rule may carry (code-scanning UIs show no more).</summary>
    public const int MaxTags = 10;

    /// <summary>The <c>precision</c> words, most precise first.</summary>
    public static IReadOnlyList<string> Precisions { get; } = ["very-high", "high", "medium", "low"];

    /// <summary>The <c>unknown</c> policies.</summary>
    public static IReadOnlyList<string> UnknownPolicies { get; } = [UnknownPolicy.Fire.ToName(), UnknownPolicy.Skip.ToName()];

    /// <summary>The <c>owners</c> policies.</summary>
    public static IReadOnlyList<string> OwnerPolicies { get; } = [OwnerScope.Organization.ToName(), OwnerScope.Any.ToName()];

    /// <summary>The members of a <c>remediation</c> map; <c>summary</c> is required.</summary>
    public static IReadOnlyList<string> RemediationMembers { get; } = ["summary", "terraform", "cloudformation", "cli"];

    /// <summary>The members of each <c>compliance</c> entry, all required.</summary>
    public static IReadOnlyList<string> ComplianceMembers { get; } = ["framework", "control", "reason"];

    /// <summary>The severity words, highest first.</summary>
    public static IReadOnlyList<string> Severities { get; } =
        Enum.GetValues<Severity>().OrderDescending().Select(s => s.ToName()).ToList();

    /// <summary>Every rule field, for the inventory schema <paramref name="schema"/> (whose kinds a rule may judge).</summary>
    public static IReadOnlyList<RuleField> For(InventorySchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return
        [
            new("id", true, "Stable id, upper-case words joined by `-` (`LATTICE-GW-001`). Never reused: retire a rule with `deprecated: true`.",
                w => StringSchema(w, IdPattern)),
            new("name", true, "kebab-case name (SARIF `name`).", w => StringSchema(w, NamePattern)),
            new("title", true, "One line (SARIF short description).", w => StringSchema(w)),
            new("severity", true, "`critical`, `high`, `medium`, `low` or `info`.", w => EnumSchema(w, Severities)),
            new("severity_rationale", true, "Why this severity: what an attacker or mistake gains.", w => StringSchema(w)),
            new("security_severity", false, "GitHub score in (0, 10]; default from the severity (9.5 / 8.0 / 5.5 / 3.0 / 1.0).", w =>
            {
                w.WriteString("type", "number");
                w.WriteNumber("exclusiveMinimum", 0);
                w.WriteNumber("maximum", 10);
            }),
            new("precision", false, "`very-high`, `high` (default), `medium`, `low`.", w => EnumSchema(w, Precisions)),
            new("description", true, "What the rule checks and why it matters.", w => StringSchema(w)),
            new("remediation", true, "`summary`, and `terraform`, `cloudformation`, `cli` fixes (or just the summary as a string).", RemediationSchema),
            new("help", false, "Extra markdown for the help text.", w => StringSchema(w)),
            new("help_uri", false, "Absolute http(s) address of the rule's documentation (SARIF `helpUri`). Bundled rules without it link to `docs/rules/<id>.md`; your own rules without it have no link.",
                w => StringSchema(w, "^https?://")),
            new("references", false, "Documentation URLs.", w => StringListSchema(w)),
            new("tags", false, $"At most {MaxTags}; include `security`; CWE as `external/cwe/cwe-NNN`.", w => StringListSchema(w, MaxTags)),
            new("compliance", false, "Controls the rule's findings are evidence for: a list of `framework`, `control`, `reason` (see [Compliance mappings](#compliance-mappings)). Frameworks: "
                + string.Join(", ", ComplianceFrameworks.All.Select(f => $"`{f.Id}` ({f.Name}, controls like `{f.ControlExample}`)")) + ".",
                ComplianceSchema, "every bundled rule has it"),
            new("resource", true, "The kind the rule judges (one subject kind per rule; the kinds of `docs/inventory-schema.md`).",
                w => EnumSchema(w, schema.Kinds.Select(k => k.Kind).ToList())),
            new("unknown", false, "`skip` (default) or `fire`: what happens when the condition depends on a value that is unknown (Terraform \"known after apply\", an unresolved CloudFormation intrinsic, no organization context). Say in the description why you chose it.",
                w => EnumSchema(w, UnknownPolicies)),
            new("owners", false, "`organization` (default): a resource whose account is known to be outside the organization (a partner's configuration or share seen by a live scan) is not judged, since its owner decides its settings; `any`: judge it too.",
                w => EnumSchema(w, OwnerPolicies)),
            new("message", true, "Finding message. `{{ path }}` quotes the subject's value (`{{ a \\| b }}`: the first path that selects something known), `{{ resource }}` its name, `{{ evidence }}` the first evidence (`path = value`).",
                w => StringSchema(w)),
            new("condition", true, "The condition tree below.", w => w.WriteString("$ref", "#/definitions/condition")),
            new("deprecated", false, "`true`: kept for its id, not run unless named with `--rule`.", w => w.WriteString("type", "boolean")),
        ];
    }

    private static void StringSchema(Utf8JsonWriter w, string? pattern = null)
    {
        w.WriteString("type", "string");
        if (pattern is not null) w.WriteString("pattern", pattern);
    }

    private static void StringListSchema(Utf8JsonWriter w, int? maxItems = null)
    {
        w.WriteString("type", "array");
        w.WriteStartObject("items");
        StringSchema(w);
        w.WriteEndObject();
        if (maxItems is { } max) w.WriteNumber("maxItems", max);
    }

    private static void EnumSchema(Utf8JsonWriter w, IReadOnlyList<string> values)
    {
        w.WriteStartArray("enum");
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void RemediationSchema(Utf8JsonWriter w)
    {
        w.WriteStartArray("oneOf");
        w.WriteStartObject();
        StringSchema(w);
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("type", "object");
        w.WriteStartArray("required");
        w.WriteStringValue(RemediationMembers[0]);
        w.WriteEndArray();
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        foreach (var member in RemediationMembers)
        {
            w.WriteStartObject(member);
            StringSchema(w);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void ComplianceSchema(Utf8JsonWriter w)
    {
        w.WriteString("type", "array");
        w.WriteStartObject("items");
        w.WriteString("type", "object");
        w.WriteStartArray("required");
        foreach (var r in ComplianceMembers) w.WriteStringValue(r);
        w.WriteEndArray();
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        w.WriteStartObject("framework");
        EnumSchema(w, ComplianceFrameworks.All.Select(f => f.Id).ToList());
        w.WriteEndObject();
        var controls = ComplianceFrameworks.All.Select(f => f.ControlPattern.ToString().TrimStart('^').TrimEnd('$'));
        w.WriteStartObject("control");
        StringSchema(w, "^(" + string.Join("|", controls) + ")$");
        w.WriteEndObject();
        w.WriteStartObject("reason");
        w.WriteString("type", "string");
        w.WriteNumber("minLength", 1);
        w.WriteString("pattern", "^[^\\n]+$");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
