using NJsonSchema;

namespace Scanner.Reporting.Tests.Support;

/// <summary>The official SARIF 2.1.0 schema and the documented JSON report schema, copied next to the test assembly.</summary>
internal static class Schemas
{
    private static readonly Lazy<JsonSchema> SarifSchema = new(() => Load("sarif-schema-2.1.0.json"));
    private static readonly Lazy<JsonSchema> JsonReportSchema = new(() => Load("json-report.schema.json"));

    public static JsonSchema Sarif => SarifSchema.Value;
    public static JsonSchema JsonReport => JsonReportSchema.Value;

    /// <summary>Validation errors, one line each (empty when valid).</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, string json) =>
        schema.Validate(json).Select(e => $"{e.Path} (line {e.LineNumber}): {e.Kind} {e.Property}").ToList();

    private static JsonSchema Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Schemas", name);
        if (!File.Exists(path)) throw new FileNotFoundException($"schema {name} was not copied to the test output", path);
        return JsonSchema.FromFileAsync(path).GetAwaiter().GetResult();
    }
}
