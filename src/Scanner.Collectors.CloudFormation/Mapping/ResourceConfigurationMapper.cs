using Scanner.Core.Inventory;
using Scanner.Core.Schema;
using Target = Scanner.Core.Schema.ResourceConfigurationDefinitionProperties;

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
        c.SetText("ResourceConfigurationType", ResourceConfigurationProperties.Type);
        c.Properties.Set(ResourceConfigurationProperties.Definition, Definition(c, c.Read("ResourceConfigurationDefinition", ResourceConfigurationProperties.Definition)));
        c.Properties.Set(ResourceConfigurationProperties.PortRanges, PortRanges(c, c.Read("PortRanges", ResourceConfigurationProperties.PortRanges)));
        c.SetText("ProtocolType", ResourceConfigurationProperties.Protocol);
        c.SetBoolean("AllowAssociationToSharableServiceNetwork", ResourceConfigurationProperties.AllowAssociationToShareableServiceNetwork, absentDefault: false);
        c.SetRelatedText("ResourceGatewayId", ResourceConfigurationProperties.ResourceGatewayId, ResourceConfigurationRelations.Gateway);
        c.SetRelatedText("ResourceConfigurationGroupId", ResourceConfigurationProperties.GroupId, ResourceConfigurationRelations.Parent);
        c.SetText("CustomDomainName", ResourceConfigurationProperties.CustomDomainName);
        c.SetText("GroupDomain", ResourceConfigurationProperties.GroupDomain);
        // A template declares some of the account's shares, associations and endpoints, never necessarily all of them.
        c.Properties.Set(ResourceConfigurationProperties.ConsumersKnown, Value.Unknown);
        foreach (var database in databaseLogicalIds) c.AddReference(ResourceConfigurationRelations.NearbyDatabases, c.KeyOf(database));
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
                return new PropertyMapBuilder().Set(Target.Type, "DNS")
                    .Set(Target.DomainName, ValueCoercion.Text(target.Get("DomainName"), Bad))
                    .Set(Target.IpAddressType, ValueCoercion.Text(target.Get("IpAddressType"), Bad))
                    .Build();
            case "DnsResource" when target.IsUnknown:
                return new PropertyMapBuilder().Set(Target.Type, "DNS").Set(Target.DomainName, Value.Unknown).Set(Target.IpAddressType, Value.Unknown).Build();
            case "IpResource":
                return new PropertyMapBuilder().Set(Target.Type, "IP").Set(Target.IpAddress, ValueCoercion.Text(target, Bad)).Build();
            case "ArnResource":
                return new PropertyMapBuilder().Set(Target.Type, "ARN").Set(Target.Arn, ValueCoercion.Text(target, Bad)).Build();
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
