using Scanner.Collectors.Aws.VpcLattice;
using Scanner.Core.Aws;
using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;
using Scanner.Core.Schema;
using K = Scanner.Core.Inventory.ResourceKinds;
using Target = Scanner.Core.Schema.ResourceConfigurationDefinitionProperties;

namespace Scanner.Collectors.Aws.Mapping;

/// <summary>VPC Lattice API shapes → inventory resources (names from InventorySchema). Unread detail fields are unknown.</summary>
internal static class LatticeMapper
{
    public static Resource Gateway(ResourceGateway g, string region, IReadOnlyDictionary<string, string>? tags)
    {
        var account = Arn.AccountOf(g.Arn);
        var groups = g.SecurityGroupIds ?? [];
        return LiveResource.Create(K.ResourceGateway, g.Arn, g.Arn, g.Id, g.Name, account, region,
            new PropertyMapBuilder()
                .Set(ResourceGatewayProperties.VpcId, g.VpcId)
                .Set(ResourceGatewayProperties.SubnetIds, LiveResource.StringsOrUnknown(g.SubnetIds))
                .Set(ResourceGatewayProperties.SecurityGroupIds, LiveResource.StringsOrUnknown(g.SecurityGroupIds))
                .Set(ResourceGatewayProperties.IpAddressType, g.IpAddressType)
                .Set(ResourceGatewayProperties.Ipv4AddressesPerEni, g.Ipv4AddressesPerEni is { } n ? n : null)
                .Set(ResourceGatewayProperties.ResourceConfigDnsResolution, g.ResourceConfigDnsResolution)
                .Set(ResourceGatewayProperties.Status, g.Status),
            groups.Select(sg => ResourceGatewayRelations.SecurityGroups.To(AwsArns.SecurityGroup(region, account ?? "", sg))), tags);
    }

    /// <param name="invalid">Told about a value the API returned that is not what its model says (a port range that does not parse).</param>
    public static Resource Configuration(ResourceConfiguration c, string region, string? targetInterfaceArn, IReadOnlyDictionary<string, string>? tags,
        Action<string>? invalid = null)
    {
        var account = Arn.AccountOf(c.Arn) ?? "";
        var p = new PropertyMapBuilder().Set(ResourceConfigurationProperties.Type, c.Type);
        if (c.IsDetail)
        {
            p.Set(ResourceConfigurationProperties.Definition, Definition(c.Definition))
                .Set(ResourceConfigurationProperties.PortRanges, PortRanges.List(Value.Strings(c.PortRanges ?? []), message => invalid?.Invoke($"Resource configuration {c.Arn}: {message}")))
                .Set(ResourceConfigurationProperties.Protocol, c.Protocol)
                .Set(ResourceConfigurationProperties.AllowAssociationToShareableServiceNetwork, c.AllowAssociationToShareableServiceNetwork ?? false);
        }
        else
        {
            p.Set(ResourceConfigurationProperties.Definition, c.Type == "GROUP" ? null : Value.Unknown).Set(ResourceConfigurationProperties.PortRanges, Value.Unknown)
                .Set(ResourceConfigurationProperties.Protocol, Value.Unknown).Set(ResourceConfigurationProperties.AllowAssociationToShareableServiceNetwork, Value.Unknown);
        }
        p.Set(ResourceConfigurationProperties.ResourceGatewayId, c.ResourceGatewayId)
            .Set(ResourceConfigurationProperties.GroupId, c.ResourceConfigurationGroupId)
            .Set(ResourceConfigurationProperties.CustomDomainName, c.CustomDomainName)
            .Set(ResourceConfigurationProperties.GroupDomain, c.GroupDomain)
            .Set(ResourceConfigurationProperties.AmazonManaged, c.AmazonManaged)
            .Set(ResourceConfigurationProperties.Status, c.Status)
            // A live scan lists the owner's shares, associations and endpoints; a consumer's view of a configuration
            // is reached through a share or endpoint, so it is never taken for an unused one.
            .Set(ResourceConfigurationProperties.ConsumersKnown, true);
        var refs = new List<ResourceReference>();
        if (c.ResourceGatewayId is { } gw) refs.Add(ResourceConfigurationRelations.Gateway.To(AwsArns.Lattice(region, account, "resourcegateway", gw)));
        if (c.ResourceConfigurationGroupId is { } grp) refs.Add(ResourceConfigurationRelations.Parent.To(AwsArns.Lattice(region, account, "resourceconfiguration", grp)));
        if (targetInterfaceArn is not null) refs.Add(ResourceConfigurationRelations.TargetInterface.To(targetInterfaceArn));
        return LiveResource.Create(K.ResourceConfiguration, c.Arn, c.Arn, c.Id, c.Name, account, region, p, refs, tags);
    }

    private static Value? Definition(ResourceConfigurationDefinition? d) => d is null ? null : new PropertyMapBuilder()
        .Set(Target.Type, d.Type).Set(Target.DomainName, d.DomainName).Set(Target.IpAddressType, d.IpAddressType)
        .Set(Target.IpAddress, d.IpAddress).Set(Target.Arn, d.Arn).Build();

    public static Resource ServiceNetwork(ServiceNetwork n, string region, IReadOnlyDictionary<string, string>? tags) =>
        LiveResource.Create(K.ServiceNetwork, n.Arn, n.Arn, n.Id, n.Name, Arn.AccountOf(n.Arn), region,
            new PropertyMapBuilder()
                .Set(ServiceNetworkProperties.AuthType, n.IsDetail ? n.AuthType is { } a ? Value.From(a) : null : Value.Unknown)
                .Set(ServiceNetworkProperties.SharingEnabled, LiveResource.BoolOrUnknown(n.SharingEnabled ?? false, n.IsDetail)),
            [], tags);

    /// <summary>A service; the auth type only from GetService (unknown in a list summary).</summary>
    public static Resource Service(Service s, string region, IReadOnlyDictionary<string, string>? tags) =>
        LiveResource.Create(K.Service, s.Arn, s.Arn, s.Id, s.Name, Arn.AccountOf(s.Arn), region,
            new PropertyMapBuilder()
                .Set(ServiceProperties.AuthType, s.IsDetail ? s.AuthType is { } a ? Value.From(a) : null : Value.Unknown)
                .Set(ServiceProperties.CustomDomainName, s.CustomDomainName)
                .Set(ServiceProperties.Status, s.Status),
            [], tags);

    public static Resource ServiceAssociation(ServiceNetworkServiceAssociation a, string region)
    {
        var (arn, account) = AssociationIdentity.Canonical(a.Arn, a.CreatedBy);
        return LiveResource.Create(K.ServiceNetworkServiceAssociation, arn, arn, a.Id, null, account, region,
            new PropertyMapBuilder()
                .Set(ServiceNetworkServiceAssociationProperties.ServiceNetworkId, a.ServiceNetworkArn ?? a.ServiceNetworkId)
                .Set(ServiceNetworkServiceAssociationProperties.ServiceId, a.ServiceArn ?? a.ServiceId)
                .Set(ServiceNetworkServiceAssociationProperties.Status, a.Status),
            [ServiceNetworkServiceAssociationRelations.ServiceNetwork.To(a.ServiceNetworkArn ?? a.ServiceNetworkId), ServiceNetworkServiceAssociationRelations.Service.To(a.ServiceArn ?? a.ServiceId)]);
    }

    public static Resource VpcAssociation(ServiceNetworkVpcAssociation a, string region)
    {
        var (arn, account) = AssociationIdentity.Canonical(a.Arn, a.CreatedBy);
        var refs = new List<ResourceReference>();
        if ((a.ServiceNetworkArn ?? a.ServiceNetworkId) is { } sn) refs.Add(ServiceNetworkVpcAssociationRelations.ServiceNetwork.To(sn));
        refs.AddRange((a.SecurityGroupIds ?? []).Select(sg => ServiceNetworkVpcAssociationRelations.SecurityGroups.To(AwsArns.SecurityGroup(region, account, sg))));
        return LiveResource.Create(K.ServiceNetworkVpcAssociation, arn, arn, a.Id, null, account, region,
            new PropertyMapBuilder()
                .Set(ServiceNetworkVpcAssociationProperties.VpcId, a.VpcId)
                .Set(ServiceNetworkVpcAssociationProperties.ServiceNetworkId, a.ServiceNetworkArn ?? a.ServiceNetworkId)
                .Set(ServiceNetworkVpcAssociationProperties.SecurityGroupIds, LiveResource.StringsOrUnknown(a.SecurityGroupIds))
                .Set(ServiceNetworkVpcAssociationProperties.PrivateDnsEnabled, a.PrivateDnsEnabled)
                .Set(ServiceNetworkVpcAssociationProperties.Status, a.Status),
            refs);
    }

    public static Resource ResourceAssociation(ServiceNetworkResourceAssociation a, string region)
    {
        var (arn, account) = AssociationIdentity.Canonical(a.Arn, a.CreatedBy);
        return LiveResource.Create(K.ServiceNetworkResourceAssociation, arn, arn, a.Id, null, account, region,
            new PropertyMapBuilder()
                .Set(ServiceNetworkResourceAssociationProperties.ServiceNetworkId, a.ServiceNetworkArn ?? a.ServiceNetworkId)
                .Set(ServiceNetworkResourceAssociationProperties.ResourceConfigurationId, a.ResourceConfigurationArn ?? a.ResourceConfigurationId)
                .Set(ServiceNetworkResourceAssociationProperties.PrivateDnsEnabled, a.PrivateDnsEnabled)
                .Set(ServiceNetworkResourceAssociationProperties.Status, a.Status),
            [ServiceNetworkResourceAssociationRelations.ServiceNetwork.To(a.ServiceNetworkArn ?? a.ServiceNetworkId), ServiceNetworkResourceAssociationRelations.ResourceConfiguration.To(a.ResourceConfigurationArn ?? a.ResourceConfigurationId)]);
    }

    /// <summary>No ARN exists for these; the key is the network ARN plus the association id.</summary>
    public static Resource EndpointAssociation(ServiceNetworkEndpointAssociation a, string serviceNetworkArn, string region)
    {
        var owner = a.VpcEndpointOwnerId;
        var key = $"{serviceNetworkArn}/vpcendpointassociation/{a.Id}";
        var refs = new List<ResourceReference> { ServiceNetworkEndpointAssociationRelations.ServiceNetwork.To(serviceNetworkArn) };
        if (a.VpcEndpointId is { } e && owner is not null) refs.Add(ServiceNetworkEndpointAssociationRelations.Endpoint.To(AwsArns.VpcEndpoint(region, owner, e)));
        return LiveResource.Create(K.ServiceNetworkEndpointAssociation, key, null, a.Id, null, Arn.AccountOf(serviceNetworkArn), region,
            new PropertyMapBuilder()
                .Set(ServiceNetworkEndpointAssociationProperties.ServiceNetworkId, serviceNetworkArn)
                .Set(ServiceNetworkEndpointAssociationProperties.VpcEndpointId, a.VpcEndpointId)
                .Set(ServiceNetworkEndpointAssociationProperties.VpcId, a.VpcId)
                .Set(ServiceNetworkEndpointAssociationProperties.VpcEndpointOwnerId, owner)
                .Set(ServiceNetworkEndpointAssociationProperties.State, a.State),
            refs);
    }

    public static Resource AccessLog(AccessLogSubscription l, string region)
    {
        var (destinationType, destinationAccount) = AccessLogDestinations.Describe(Value.From(l.DestinationArn));
        return LiveResource.Create(K.AccessLogSubscription, l.Arn, l.Arn, l.Id, null, Arn.AccountOf(l.Arn), region,
            new PropertyMapBuilder()
                .Set(AccessLogSubscriptionProperties.ResourceId, l.ResourceArn ?? l.ResourceId)
                .Set(AccessLogSubscriptionProperties.DestinationArn, l.DestinationArn)
                .Set(AccessLogSubscriptionProperties.DestinationType, destinationType)
                .Set(AccessLogSubscriptionProperties.DestinationAccountId, destinationAccount)
                .Set(AccessLogSubscriptionProperties.ServiceNetworkLogType, l.ServiceNetworkLogType),
            [AccessLogSubscriptionRelations.Target.To(l.ResourceArn ?? l.ResourceId)]);
    }

    /// <summary>Policies have no ARN of their own: key = the target's ARN plus <c>/authpolicy</c>.</summary>
    public static Resource AuthPolicy(AuthPolicy policy, string targetArn, string region) =>
        LiveResource.Create(K.AuthPolicy, targetArn + "/authpolicy", null, null, null, Arn.AccountOf(targetArn), region,
            new PropertyMapBuilder().Set(AuthPolicyProperties.ResourceId, targetArn).Set(AuthPolicyProperties.Policy, PolicyDocumentParser.Parse(policy.Policy)).Set(AuthPolicyProperties.State, policy.State),
            [AuthPolicyRelations.Target.To(targetArn)]);

    public static Resource ResourcePolicy(string policy, string targetArn, string region) =>
        LiveResource.Create(K.ResourcePolicy, targetArn + "/resourcepolicy", null, null, null, Arn.AccountOf(targetArn), region,
            new PropertyMapBuilder().Set(ResourcePolicyProperties.ResourceArn, targetArn).Set(ResourcePolicyProperties.Policy, PolicyDocumentParser.Parse(policy)),
            [ResourcePolicyRelations.Target.To(targetArn)]);

    /// <summary>
    /// A Resource-type endpoint as the configuration's owner sees it (ListResourceEndpointAssociations): possibly in an
    /// account the scan cannot read. Its network details are unknown; the endpoint owner's EC2 view replaces it.
    /// </summary>
    public static Resource ConsumerEndpoint(ResourceEndpointAssociation a, string configurationArn, string region)
    {
        var fields = new PropertyMapBuilder()
            .Set(VpcEndpointProperties.VpcEndpointType, "Resource")
            .Set(VpcEndpointProperties.VpcId, Value.Unknown)
            .Set(VpcEndpointProperties.ResourceConfigurationArn, configurationArn)
            .Set(VpcEndpointProperties.ResourceConfigurationAccountId, Arn.AccountOf(configurationArn));
        return ConsumerEndpoint(a.VpcEndpointOwner ?? "", a.VpcEndpointId, region, fields, VpcEndpointRelations.ResourceConfiguration.To(configurationArn));
    }

    /// <summary>A ServiceNetwork-type endpoint as the network's owner sees it; see <see cref="ConsumerEndpoint(ResourceEndpointAssociation, string, string)"/>.</summary>
    public static Resource ConsumerEndpoint(ServiceNetworkEndpointAssociation a, string serviceNetworkArn, string region)
    {
        var fields = new PropertyMapBuilder()
            .Set(VpcEndpointProperties.VpcEndpointType, "ServiceNetwork")
            .Set(VpcEndpointProperties.VpcId, a.VpcId)
            .Set(VpcEndpointProperties.ServiceNetworkArn, serviceNetworkArn)
            .Set(VpcEndpointProperties.ServiceNetworkAccountId, Arn.AccountOf(serviceNetworkArn));
        return ConsumerEndpoint(a.VpcEndpointOwnerId ?? "", a.VpcEndpointId, region, fields, VpcEndpointRelations.ServiceNetwork.To(serviceNetworkArn));
    }

    /// <summary>The part of both consumer views the owner cannot see: the endpoint's network details are unknown.</summary>
    private static Resource ConsumerEndpoint(string owner, string? endpointId, string region, PropertyMapBuilder fields, ResourceReference consumed)
    {
        var arn = AwsArns.VpcEndpoint(region, owner, endpointId ?? "");
        fields.Set(VpcEndpointProperties.SecurityGroupIds, Value.Unknown)
            .Set(VpcEndpointProperties.SubnetIds, Value.Unknown)
            .Set(VpcEndpointProperties.PrivateDnsEnabled, Value.Unknown)
            .Set(VpcEndpointProperties.State, Value.Unknown)
            .Set(VpcEndpointProperties.OwnerId, owner);
        return LiveResource.Create(K.VpcEndpoint, arn, arn, endpointId, null, owner, region, fields, [consumed]);
    }
}
