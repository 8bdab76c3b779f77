namespace Scanner.Reporting.Html;

/// <summary>
/// One box of a sharing-chain picture. <see cref="Role"/> is owner, gateway, configuration, service-network,
/// share, principal, endpoint or association; <see cref="Column"/> is its place from left (owner) to right
/// (consumers). <see cref="ResourceKeys"/> are the inventory keys whose findings belong on this node.
/// <see cref="InsideOrganization"/> is null when it cannot be decided.
/// </summary>
public sealed record SharingNode(string Id, string Role, string Label, string Detail, int Column, IReadOnlyList<string> ResourceKeys, bool? InsideOrganization = null);
