using System.Text.Json;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.Organizations;

/// <summary>DescribeOrganization's <c>Organization</c>.</summary>
public sealed record Organization
{
    public required string Id { get; init; }
    public string? Arn { get; init; }
    public string? MasterAccountId { get; init; }
    public string? FeatureSet { get; init; }

    internal static Organization FromJson(JsonElement e) => new()
    {
        Id = e.Str("Id") ?? "",
        Arn = e.Str("Arn"),
        MasterAccountId = e.Str("MasterAccountId"),
        FeatureSet = e.Str("FeatureSet"),
    };
}
