using System.Text.Json;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.VpcLattice;

/// <summary>The union <c>resourceConfigurationDefinition</c>: exactly one of a DNS, IP or ARN target.</summary>
public sealed record ResourceConfigurationDefinition
{
    /// <summary>DNS, IP or ARN (the member of the union that was set).</summary>
    public required string Type { get; init; }
    public string? DomainName { get; init; }
    public string? IpAddressType { get; init; }
    public string? IpAddress { get; init; }
    public string? Arn { get; init; }

    internal static ResourceConfigurationDefinition? FromJson(JsonElement? e)
    {
        if (e is not { } d) return null;
        if (d.Obj("dnsResource") is { } dns)
            return new() { Type = "DNS", DomainName = dns.Str("domainName"), IpAddressType = dns.Str("ipAddressType") };
        if (d.Obj("ipResource") is { } ip) return new() { Type = "IP", IpAddress = ip.Str("ipAddress") };
        if (d.Obj("arnResource") is { } arn) return new() { Type = "ARN", Arn = arn.Str("arn") };
        return null;
    }
}
