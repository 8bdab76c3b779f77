using System.Text.Json;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.VpcLattice;

/// <summary>
/// A resource configuration. List items are thin: <see cref="PortRanges"/>, <see cref="Protocol"/>,
/// <see cref="Definition"/> and <see cref="AllowAssociationToShareableServiceNetwork"/> come only from
/// GetResourceConfiguration (null here means "not read", not "empty").
/// </summary>
public sealed record ResourceConfiguration
{
    public required string Id { get; init; }
    public required string Arn { get; init; }
    public string? Name { get; init; }
    public string? ResourceGatewayId { get; init; }
    public string? ResourceConfigurationGroupId { get; init; }
    public string? Type { get; init; }
    public string? Status { get; init; }
    public bool? AmazonManaged { get; init; }
    public bool? AllowAssociationToShareableServiceNetwork { get; init; }
    public IReadOnlyList<string>? PortRanges { get; init; }
    public string? Protocol { get; init; }
    public string? CustomDomainName { get; init; }
    public string? GroupDomain { get; init; }
    public ResourceConfigurationDefinition? Definition { get; init; }

    /// <summary>True when this came from GetResourceConfiguration (the detail fields were read).</summary>
    public bool IsDetail { get; init; }

    internal static ResourceConfiguration FromJson(JsonElement e, bool detail) => new()
    {
        Id = e.Str("id") ?? "",
        Arn = e.Str("arn") ?? "",
        Name = e.Str("name"),
        ResourceGatewayId = e.Str("resourceGatewayId"),
        ResourceConfigurationGroupId = e.Str("resourceConfigurationGroupId"),
        Type = e.Str("type"),
        Status = e.Str("status"),
        AmazonManaged = e.Bool("amazonManaged"),
        AllowAssociationToShareableServiceNetwork = e.Bool("allowAssociationToShareableServiceNetwork"),
        PortRanges = e.StrList("portRanges"),
        Protocol = e.Str("protocol"),
        CustomDomainName = e.Str("customDomainName"),
        GroupDomain = e.Str("groupDomain"),
        Definition = ResourceConfigurationDefinition.FromJson(e.Obj("resourceConfigurationDefinition")),
        IsDetail = detail,
    };
}
