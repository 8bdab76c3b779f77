using System.Text.Json.Serialization;

namespace Scanner.Reporting.Sarif;

/// <summary>
/// Source-generated (de)serialisation of the SARIF model: no reflection, so the Native AOT CLI can use it.
/// Nulls are omitted; the writer's <see cref="System.Text.Json.Utf8JsonWriter"/> decides indentation and escaping.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(SarifLog))]
[JsonSerializable(typeof(SarifResult))]
internal sealed partial class SarifJsonContext : JsonSerializerContext;
