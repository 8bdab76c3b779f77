namespace Scanner.Cli.Tests;

/// <summary>The official OASIS SARIF 2.1.0 schema, copied beside the test assembly from the test fixtures.</summary>
internal static class SarifSchemaFixture
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json");
}
