using System.Collections.Frozen;
using System.Text.Json;

namespace Scanner.AwsEmulator.Validation;

/// <summary>
/// One service's botocore model subset (Models/&lt;service&gt;.json, embedded): protocol, signing name, API version,
/// the operations the emulator serves and every shape they reach. The emulator validates each request against it.
/// </summary>
public sealed class ServiceModel
{
    private readonly JsonElement _shapes;

    private ServiceModel(string service, JsonElement root)
    {
        Service = service;
        var metadata = root.GetProperty("metadata");
        Protocol = metadata.GetProperty("protocol").GetString()!;
        SigningName = metadata.TryGetProperty("signingName", out var s) ? s.GetString()! : metadata.GetProperty("endpointPrefix").GetString()!;
        ApiVersion = metadata.GetProperty("apiVersion").GetString()!;
        TargetPrefix = metadata.TryGetProperty("targetPrefix", out var t) ? t.GetString() : null;
        _shapes = root.GetProperty("shapes");
        Operations = root.GetProperty("operations").EnumerateObject()
            .Select(o => new OperationModel(o.Name, o.Value))
            .ToFrozenDictionary(o => o.Name, StringComparer.Ordinal);
    }

    /// <summary>The services whose models ship with the emulator, by signing name.</summary>
    public static IReadOnlyDictionary<string, ServiceModel> All { get; } =
        new[] { "vpc-lattice", "ram", "organizations", "ec2", "sts" }.Select(Load).ToFrozenDictionary(m => m.SigningName, StringComparer.Ordinal);

    /// <summary>The model file's service key (vpc-lattice, ram, organizations, ec2, sts).</summary>
    public string Service { get; }

    /// <summary>rest-json, json (awsJson1.1), ec2 or query.</summary>
    public string Protocol { get; }

    public string SigningName { get; }
    public string ApiVersion { get; }

    /// <summary>The X-Amz-Target prefix of a JSON-protocol service (null for the others).</summary>
    public string? TargetPrefix { get; }

    public IReadOnlyDictionary<string, OperationModel> Operations { get; }

    public JsonElement Shape(string name) => _shapes.GetProperty(name);

    private static ServiceModel Load(string service)
    {
        using var stream = typeof(ServiceModel).Assembly.GetManifestResourceStream("Models/" + service + ".json")
            ?? throw new InvalidOperationException("embedded model missing: Models/" + service + ".json");
        using var doc = JsonDocument.Parse(stream);
        return new ServiceModel(service, doc.RootElement.Clone());
    }
}
