using Scanner.Collectors.Aws.VpcLattice;
using Scanner.Core.Aws;
using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;
using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Collectors.Aws.Mapping;

/// <summary>VPC Lattice API shapes → inventory resources (names from InventorySchema). Unread detail fields are unknown.</summary>
internal static class LatticeMapper
{
    public static Resource Gateway(ResourceGateway g, string region, IReadOnlyDictionary<string, string>? tags)
    {
        var account = Arn.AccountOf(g.Arn);
        var groups = g.SecurityGroupIds ?? [];
        return LiveResource.Create(K.ResourceGateway, g.Arn, g.Arn, g.Id, g.Name, account, region,
            new MapBuilder()
                .Set("vpcId", g.VpcId)
                .Set("subnetIds", LiveResource.StringsOrUnknown(g.SubnetIds))
                .Set("securityGroupIds", LiveResource.StringsOrUnknown(g.SecurityGroupIds))
                .Set("ipAddressType", g.IpAddressType)
                .Set("ipv4AddressesPerEni", g.Ipv4AddressesPerEni is { } n ? n : null)
                .Set("resourceConfigDnsResolution", g.ResourceConfigDnsResolution)
                .Set("status", g.Status),
            groups.Select(sg => new ResourceReference("securityGroups", AwsArns.SecurityGroup(region, account ?? "", sg))), tags);
    }

    /// <param name="invalid">Told about a value the API returned that is not what its model says (a port range that does not parse).</param>
    public static Resource Configuration(ResourceConfiguration c, string region, string? targetInterfaceArn, IReadOnlyDictionary<string, string>? tags,
        Action<string>? invalid = null)
    {
        var account = Arn.AccountOf(c.Arn) ?? "";
        var p = new MapBuilder().Set("type", c.Type);
        if (c.IsDetail)
        {
            p.Set("definition", Definition(c.Definition))
                .Set("portRanges", PortRanges.List(Value.Strings(c.PortRanges ?? []), message => invalid?.Invoke($"Resource configuration {c.Arn}: {message}")))
                .Set("protocol", c.Protocol)
                .Set("allowAssociationToShareableServiceNetwork", c.AllowAssociationToShareableServiceNetwork ?? false);
        }
        else
        {
            p.Set("definition", c.Type == "GROUP" ? null : Value.Unknown).Set("portRanges", Value.Unknown)
                .Set("protocol", Value.Unknown).Set("allowAssociationToShareableServiceNetwork", Value.Unknown);
        }
        p.Set("resourceGatewayId", c.ResourceGatewayId)
            .Set("groupId", c.ResourceConfigurationGroupId)
            .Set("customDomainName", c.CustomDomainName)
            .Set("groupDomain", c.GroupDomain)
            .Set("amazonManaged", c.AmazonManaged)
            .Set("status", c.Status)
            // A live scan lists the owner's shares, associations and endpoints; a consumer's view of a configuration
            // is reached through a share or endpoint, so it is never taken for an unused one.
            .Set("consumersKnown", true);
        var refs = new List<ResourceReference>();
        if (c.ResourceGatewayId is { } gw) refs.Add(new("gateway", AwsArns.Lattice(region, account, "resourcegateway", gw)));
        if (c.ResourceConfigurationGroupId is { } grp) refs.Add(new("parent", AwsArns.Lattice(region, account, "resourceconfiguration", grp)));
        if (targetInterfaceArn is not null) refs.Add(new("targetInterface", targetInterfaceArn));
        return LiveResource.Create(K.ResourceConfiguration, c.Arn, c.Arn, c.Id, c.Name, account, region, p, refs, tags);
    }

    private static Value? Definition(ResourceConfigurationDefinition? d) => d is null ? null : new MapBuilder()
        .Set("type", d.Type).Set("domainName", d.DomainName).Set("ipAddressType", d.IpAddressType)
        .Set("ipAddress", d.IpAddress).Set("arn", d.Arn).Build();

    public static Resource ServiceNetwork(ServiceNetwork n, string region, IReadOnlyDictionary<string, string>? tags) =>
        LiveResource.Create(K.ServiceNetwork, n.Arn, n.Arn, n.Id, n.Name, Arn.AccountOf(n.Arn), region,
            new MapBuilder()
                .Set("authType", n.IsDetail ? n.AuthType is { } a ? Value.From(a) : null : Value.Unknown)
                .Set("sharingEnabled", LiveResource.BoolOrUnknown(n.SharingEnabled ?? false, n.IsDetail)),
            [], tags);

    /// <summary>A service; the auth type only from GetService (unknown in a list summary).</summary>
    public static Resource Service(Service s, string region, IReadOnlyDictionary<string, string>? tags) =>
        LiveResource.Create(K.Service, s.Arn, s.Arn, s.Id, s.Name, Arn.AccountOf(s.Arn), region,
            new MapBuilder()
                .Set("authType", s.IsDetail ? s.AuthType is { } a ? Value.From(a) : null : Value.Unknown)
                .Set("customDomainName", s.CustomDomainName)
                .Set("status", s.Status),
            [], tags);

    public static Resource ServiceAssociation(ServiceNetworkServiceAssociation a, string region)
    {
        var (arn, account) = AssociationIdentity.Canonical(a.Arn, a.CreatedBy);
        return LiveResource.Create(K.ServiceNetworkServiceAssociation, arn, arn, a.Id, null, account, region,
            new MapBuilder()
                .Set("serviceNetworkId", a.ServiceNetworkArn ?? a.ServiceNetworkId)
                .Set("serviceId", a.ServiceArn ?? a.ServiceId)
                .Set("status", a.Status),
            [new("serviceNetwork", a.ServiceNetworkArn ?? a.ServiceNetworkId), new("service", a.ServiceArn ?? a.ServiceId)]);
    }

    public static Resource VpcAssociation(ServiceNetworkVpcAssociation a, string region)
    {
        var (arn, account) = AssociationIdentity.Canonical(a.Arn, a.CreatedBy);
        var refs = new List<ResourceReference>();
        if ((a.ServiceNetworkArn ?? a.ServiceNetworkId) is { } sn) refs.Add(new("serviceNetwork", sn));
        refs.AddRange((a.SecurityGroupIds ?? []).Select(sg => new ResourceReference("securityGroups", AwsArns.SecurityGroup(region, account, sg))));
        return LiveResource.Create(K.ServiceNetworkVpcAssociation, arn, arn, a.Id, null, account, region,
            new MapBuilder()
                .Set("vpcId", a.VpcId)
                .Set("serviceNetworkId", a.ServiceNetworkArn ?? a.ServiceNetworkId)
                .Set("securityGroupIds", LiveResource.StringsOrUnknown(a.SecurityGroupIds))
                .Set("privateDnsEnabled", a.PrivateDnsEnabled)
                .Set("status", a.Status),
            refs);
    }

    public static Resource ResourceAssociation(ServiceNetworkResourceAssociation a, string region)
    {
        var (arn, account) = AssociationIdentity.Canonical(a.Arn, a.CreatedBy);
        return LiveResource.Create(K.ServiceNetworkResourceAssociation, arn, arn, a.Id, null, account, region,
            new MapBuilder()
                .Set("serviceNetworkId", a.ServiceNetworkArn ?? a.ServiceNetworkId)
                .Set("resourceConfigurationId", a.ResourceConfigurationArn ?? a.ResourceConfigurationId)
                .Set("privateDnsEnabled", a.PrivateDnsEnabled)
                .Set("status", a.Status),
            [new("serviceNetwork", a.ServiceNetworkArn ?? a.ServiceNetworkId), new("resourceConfiguration", a.ResourceConfigurationArn ?? a.ResourceConfigurationId)]);
    }

    /// <summary>No ARN exists for these; the key is the network ARN plus the association id.</summary>
    public static Resource EndpointAssociation(ServiceNetworkEndpointAssociation a, string serviceNetworkArn, string region)
    {
        var owner = a.VpcEndpointOwnerId;
        var key = $"{serviceNetworkArn}/vpcendpointassociation/{a.Id}";
        var refs = new List<ResourceReference> { new("serviceNetwork", serviceNetworkArn) };
        if (a.VpcEndpointId is { } e && owner is not null) refs.Add(new("endpoint", AwsArns.VpcEndpoint(region, owner, e)));
        return LiveResource.Create(K.ServiceNetworkEndpointAssociation, key, null, a.Id, null, Arn.AccountOf(serviceNetworkArn), region,
            new MapBuilder()
                .Set("serviceNetworkId", serviceNetworkArn)
                .Set("vpcEndpointId", a.VpcEndpointId)
                .Set("vpcId", a.VpcId)
                .Set("vpcEndpointOwnerId", owner)
                .Set("state", a.State),
            refs);
    }

    public static Resource AccessLog(AccessLogSubscription l, string region)
    {
        var (destinationType, destinationAccount) = AccessLogDestinations.Describe(Value.From(l.DestinationArn));
        return LiveResource.Create(K.AccessLogSubscription, l.Arn, l.Arn, l.Id, null, Arn.AccountOf(l.Arn), region,
            new MapBuilder()
                .Set("resourceId", l.ResourceArn ?? l.ResourceId)
                .Set("destinationArn", l.DestinationArn)
                .Set("destinationType", destinationType)
                .Set("destinationAccountId", destinationAccount)
                .Set("serviceNetworkLogType", l.ServiceNetworkLogType),
            [new("target", l.ResourceArn ?? l.ResourceId)]);
    }

    /// <summary>Policies have no ARN of their own: key = the target's ARN plus <c>/authpolicy</c>.</summary>
    public static Resource AuthPolicy(AuthPolicy policy, string targetArn, string region) =>
        LiveResource.Create(K.AuthPolicy, targetArn + "/authpolicy", null, null, null, Arn.AccountOf(targetArn), region,
            new MapBuilder().Set("resourceId", targetArn).Set("policy", PolicyDocumentParser.Parse(policy.Policy)).Set("state", policy.State),
            [new("target", targetArn)]);

    public static Resource ResourcePolicy(string policy, string targetArn, string region) =>
        LiveResource.Create(K.ResourcePolicy, targetArn + "/resourcepolicy", null, null, null, Arn.AccountOf(targetArn), region,
            new MapBuilder().Set("resourceArn", targetArn).Set("policy", PolicyDocumentParser.Parse(policy)),
            [new("target", targetArn)]);

    /// <summary>
    /// A Resource-type endpoint as the configuration's owner sees it (ListResourceEndpointAssociations): possibly in an
    /// account the scan cannot read. Its network details are unknown; the endpoint owner's EC2 view replaces it.
    /// </summary>
    public static Resource ConsumerEndpoint(ResourceEndpointAssociation a, string configurationArn, string region)
    {
        var fields = new MapBuilder()
            .Set("vpcEndpointType", "Resource")
            .Set("vpcId", Value.Unknown)
            .Set("resourceConfigurationArn", configurationArn)
            .Set("resourceConfigurationAccountId", Arn.AccountOf(configurationArn));
        return ConsumerEndpoint(a.VpcEndpointOwner ?? "", a.VpcEndpointId, region, fields, new("resourceConfiguration", configurationArn));
    }

    /// <summary>A ServiceNetwork-type endpoint as the network's owner sees it; see <see cref="ConsumerEndpoint(ResourceEndpointAssociation, string, string)"/>.</summary>
    public static Resource ConsumerEndpoint(ServiceNetworkEndpointAssociation a, string serviceNetworkArn, string region)
    {
        var fields = new MapBuilder()
            .Set("vpcEndpointType", "ServiceNetwork")
            .Set("vpcId", a.VpcId)
            .Set("serviceNetworkArn", serviceNetworkArn)
            .Set("serviceNetworkAccountId", Arn.AccountOf(serviceNetworkArn));
        return ConsumerEndpoint(a.VpcEndpointOwnerId ?? "", a.VpcEndpointId, region, fields, new("serviceNetwork", serviceNetworkArn));
    }

    /// <summary>The part of both consumer views the owner cannot see: the endpoint's network details are unknown.</summary>
    private static Resource ConsumerEndpoint(string owner, string? endpointId, string region, MapBuilder fields, ResourceReference consumed)
    {
        var arn = AwsArns.VpcEndpoint(region, owner, endpointId ?? "");
        fields.Set("securityGroupIds", Value.Unknown)
            .Set("subnetIds", Value.Unknown)
            .Set("privateDnsEnabled", Value.Unknown)
            .Set("state", Value.Unknown)
            .Set("ownerId", owner);
        return LiveResource.Create(K.VpcEndpoint, arn, arn, endpointId, null, owner, region, fields, [consumed]);
    }
}
