using System.Text.Json;

namespace Scanner.Rules.Definitions;

/// <summary>
/// One top-level field of a rule file: whether it is required, what it means (Markdown, for the field table of
/// <c>rules/README.md</c>) and its JSON Schema (for <c>rules/rule.schema.json</c>). The reader accepts exactly
/// these fields.
/// </summary>
/// <param name="Name">The YAML key.</param>
/// <param name="Required">Whether every rule file must give it.</param>
/// <param name="Meaning">What the field means, in Markdown.</param>
/// <param name="WriteSchema">Writes the members of the field's JSON Schema object (the description is added from <paramref name="Meaning"/>).</param>
/// <param name="RequiredNote">Said after "no" in the table's required column, when an optional field deserves a word.</param>
public sealed record RuleField(string Name, bool Required, string Meaning, Action<Utf8JsonWriter> WriteSchema, string? RequiredNote = null);
