using System.Text.Json;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.VpcLattice;

/// <summary>A service network; <see cref="AuthType"/> and <see cref="SharingEnabled"/> only from GetServiceNetwork.</summary>
public sealed record ServiceNetwork
{
    public required string Id { get; init; }
    public required string Arn { get; init; }
    public string? Name { get; init; }
    public string? AuthType { get; init; }
    public bool? SharingEnabled { get; init; }
    public long? NumberOfAssociatedVpcs { get; init; }
    public long? NumberOfAssociatedResourceConfigurations { get; init; }
    public bool IsDetail { get; init; }

    internal static ServiceNetwork FromJson(JsonElement e, bool detail) => new()
    {
        Id = e.Str("id") ?? "",
        Arn = e.Str("arn") ?? "",
        Name = e.Str("name"),
        AuthType = e.Str("authType"),
        SharingEnabled = e.Obj("sharingConfig")?.Bool("enabled"),
        NumberOfAssociatedVpcs = e.Long("numberOfAssociatedVPCs"),
        NumberOfAssociatedResourceConfigurations = e.Long("numberOfAssociatedResourceConfigurations"),
        IsDetail = detail,
    };
}
