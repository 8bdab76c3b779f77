using System.Text.Json;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.VpcLattice;

/// <summary>A VPC Lattice service; <see cref="AuthType"/> only from GetService (ListServices summaries lack it).</summary>
public sealed record Service
{
    public required string Id { get; init; }
    public required string Arn { get; init; }
    public string? Name { get; init; }
    public string? AuthType { get; init; }
    public string? CustomDomainName { get; init; }
    public string? Status { get; init; }
    public bool IsDetail { get; init; }

    internal static Service FromJson(JsonElement e, bool detail) => new()
    {
        Id = e.Str("id") ?? "",
        Arn = e.Str("arn") ?? "",
        Name = e.Str("name"),
        AuthType = e.Str("authType"),
        CustomDomainName = e.Str("customDomainName"),
        Status = e.Str("status"),
        IsDetail = detail,
    };
}
