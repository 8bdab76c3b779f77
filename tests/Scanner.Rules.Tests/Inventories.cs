using Scanner.Core.Inventory;

namespace Scanner.Rules.Tests;

/// <summary>Small hand-built inventories for engine tests.</summary>
internal static class Inventories
{
    public static Resource SecurityGroup(string id, params Value[] ingress) =>
        new(ResourceKinds.SecurityGroup, "sg#" + id, ResourceOrigin.Aws,
            new MapBuilder().Set("ingress", Value.List(ingress)).Set("egress", Value.EmptyList).Build())
        { Id = id, Name = id };

    public static Value Rule(string? cidr4 = null, string? cidr6 = null, int from = 0, int to = 65535, string protocol = "tcp") =>
        new MapBuilder().Set("direction", "ingress").Set("protocol", protocol).Set("fromPort", (double)from).Set("toPort", (double)to)
            .Set("cidrIpv4", cidr4).Set("cidrIpv6", cidr6).Build();

    public static Resource Gateway(string name, params string[] groupIds) =>
        new(ResourceKinds.ResourceGateway, "gw#" + name, ResourceOrigin.Aws,
            new MapBuilder().Set("securityGroupIds", Value.Strings(groupIds)).Build())
        {
            Name = name,
            References = groupIds.Select(g => new ResourceReference("securityGroups", g)).ToList(),
        };

    public static Resource Share(string name, Value principals, bool? allowExternal = null) =>
        new(ResourceKinds.ResourceShare, "share#" + name, ResourceOrigin.Aws,
            new MapBuilder().Set("principals", principals).Set("allowExternalPrincipals", allowExternal).Build())
        { Name = name };

    public static Value Principal(string id) => new MapBuilder().Set("id", id).Build();
}
