using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// <c>AWS::VpcLattice::ResourceConfiguration</c> → <c>resource_configuration</c>. The definition's one-of
/// (<c>DnsResource</c> / <c>IpResource</c> / <c>ArnResource</c>) becomes <c>definition.type</c> DNS / IP / ARN;
/// port range strings (<c>"5432"</c>, <c>"1024-65535"</c>) become <c>{fromPort, toPort}</c>;
/// <c>AllowAssociationToSharableServiceNetwork</c> (CloudFormation's spelling) defaults to false as in the API.
/// Every RDS/Aurora database of the template is a <c>nearbyDatabases</c> edge.
/// </summary>
internal sealed class ResourceConfigurationMapper(IReadOnlyList<string> databaseLogicalIds) : IKindMapper
{
    public string CfnType => "AWS::VpcLattice::ResourceConfiguration";
    public string Kind => ResourceKinds.ResourceConfiguration;

    public void Map(ResourceContext c)
    {
        c.SetName("Name");
        c.SetText("ResourceConfigurationType", "type");
        c.Properties.Set("definition", Definition(c, c.Read("ResourceConfigurationDefinition", "definition")));
        c.Properties.Set("portRanges", PortRanges(c, c.Read("PortRanges", "portRanges")));
        c.SetText("ProtocolType", "protocol");
        c.SetBoolean("AllowAssociationToSharableServiceNetwork", "allowAssociationToShareableServiceNetwork", absentDefault: false);
        c.SetRelatedText("ResourceGatewayId", "resourceGatewayId", "gateway");
        c.SetRelatedText("ResourceConfigurationGroupId", "groupId", "parent");
        c.SetText("CustomDomainName", "customDomainName");
        c.SetText("GroupDomain", "groupDomain");
        // A template declares some of the account's shares, associations and endpoints, never necessarily all of them.
        c.Properties.Set("consumersKnown", Value.Unknown);
        foreach (var database in databaseLogicalIds) c.AddReference("nearbyDatabases", c.KeyOf(database));
    }

    private static Value? Definition(ResourceContext c, ResolvedProperty? p)
    {
        if (p is null) return null;
        if (p.Value.IsUnknown) return Value.Unknown;
        if (p.Value is not { IsMap: true, Entries.Count: 1 } map)
        {
            c.Invalid(p, "expected exactly one of DnsResource, IpResource or ArnResource");
            return Value.Unknown;
        }
        var (kind, target) = map.Entries.First();
        void Bad(string m) => c.Invalid(p, m);
        switch (kind)
        {
            case "DnsResource" when target.IsMap:
                return new MapBuilder().Set("type", "DNS")
                    .Set("domainName", ValueCoercion.Text(target.Get("DomainName"), Bad))
                    .Set("ipAddressType", ValueCoercion.Text(target.Get("IpAddressType"), Bad))
                    .Build();
            case "DnsResource" when target.IsUnknown:
                return new MapBuilder().Set("type", "DNS").Set("domainName", Value.Unknown).Set("ipAddressType", Value.Unknown).Build();
            case "IpResource":
                return new MapBuilder().Set("type", "IP").Set("ipAddress", ValueCoercion.Text(target, Bad)).Build();
            case "ArnResource":
                return new MapBuilder().Set("type", "ARN").Set("arn", ValueCoercion.Text(target, Bad)).Build();
            default:
                c.Invalid(p, $"unexpected definition '{kind}' (expected DnsResource, IpResource or ArnResource)");
                return Value.Unknown;
        }
    }

    private static Value? PortRanges(ResourceContext c, ResolvedProperty? p)
    {
        var list = c.StringList(p);
        return list is null || !list.IsList ? list : Core.Normalisation.PortRanges.List(list, message => c.Invalid(p!, message));
    }
}
