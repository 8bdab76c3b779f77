namespace Scanner.Collectors.Aws.Protocol;

/// <summary>
/// Resolves service endpoints like the AWS SDKs: <c>AWS_ENDPOINT_URL_&lt;SERVICE&gt;</c> first, then
/// <c>AWS_ENDPOINT_URL</c>, unless <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true</c>; otherwise the public endpoint
/// of the region's partition. Organizations is global: it is signed for us-east-1 (aws), cn-northwest-1 (aws-cn)
/// or us-gov-west-1 (aws-us-gov) whatever region the scan is in, with or without an override.
/// The variables are read through a lookup function so tests use the same path without touching the process.
/// </summary>
public sealed class AwsEndpointResolver
{
    private readonly Func<string, string?> _environment;

    public AwsEndpointResolver(Func<string, string?>? environment = null) =>
        _environment = environment ?? Environment.GetEnvironmentVariable;

    public static AwsEndpointResolver FromVariables(IReadOnlyDictionary<string, string> variables) =>
        new(name => variables.TryGetValue(name, out var v) ? v : null);

    public AwsEndpoint Resolve(AwsService service, string region)
    {
        var partition = PartitionOf(region);
        var signingRegion = service.IsGlobal ? GlobalRegion(partition) : region;
        if (Override(service) is { } url) return new AwsEndpoint(url, signingRegion, service.SigningName, true);
        var suffix = partition == "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com";
        return new AwsEndpoint(new Uri($"https://{service.EndpointPrefix}.{signingRegion}.{suffix}/"), signingRegion, service.SigningName, false);
    }

    /// <summary>The configured override for a service, or null.</summary>
    public Uri? Override(AwsService service)
    {
        if (string.Equals(_environment("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")?.Trim(), "true", StringComparison.OrdinalIgnoreCase)) return null;
        var text = _environment("AWS_ENDPOINT_URL_" + service.EnvironmentKey);
        if (string.IsNullOrWhiteSpace(text)) text = _environment("AWS_ENDPOINT_URL");
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        if (!trimmed.EndsWith('/')) trimmed += "/";
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) ? uri
            : throw new ArgumentException($"The endpoint URL for {service.SigningName} is not an absolute URL: {text}");
    }

    public static string PartitionOf(string region) =>
        region.StartsWith("cn-", StringComparison.Ordinal) ? "aws-cn"
        : region.StartsWith("us-gov-", StringComparison.Ordinal) ? "aws-us-gov"
        : "aws";

    private static string GlobalRegion(string partition) => partition switch
    {
        "aws-cn" => "cn-northwest-1",
        "aws-us-gov" => "us-gov-west-1",
        _ => "us-east-1",
    };
}
