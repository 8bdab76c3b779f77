using System.Text.Json;

namespace Scanner.Collectors.Aws.Tests.Models;

/// <summary>A botocore service model (operations and shapes) loaded from the test's Models folder.</summary>
internal sealed class ServiceModel
{
    private readonly JsonDocument _doc;

    private ServiceModel(JsonDocument doc) => _doc = doc;

    public static ServiceModel Load(string service) =>
        new(JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Models", service + ".json"))));

    public JsonElement Metadata => _doc.RootElement.GetProperty("metadata");
    public string Protocol => Metadata.GetProperty("protocol").GetString()!;

    public bool TryOperation(string name, out JsonElement operation) => _doc.RootElement.GetProperty("operations").TryGetProperty(name, out operation);

    public JsonElement Shape(string name) => _doc.RootElement.GetProperty("shapes").GetProperty(name);
}
