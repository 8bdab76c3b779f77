using System.Text.Json;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.Ram;

/// <summary>A RAM permission attached to a share (ListResourceSharePermissions).</summary>
public sealed record ResourceSharePermission
{
    public required string Arn { get; init; }
    public string? Name { get; init; }
    public string? ResourceType { get; init; }
    public string? PermissionType { get; init; }

    internal static ResourceSharePermission FromJson(JsonElement e) => new()
    {
        Arn = e.Str("arn") ?? "",
        Name = e.Str("name"),
        ResourceType = e.Str("resourceType"),
        PermissionType = e.Str("permissionType"),
    };
}
