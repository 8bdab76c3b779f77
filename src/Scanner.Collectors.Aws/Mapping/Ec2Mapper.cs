using Amazon.EC2.Model;
using Scanner.Core.Aws;
using Scanner.Core.Inventory;
using K = Scanner.Core.Inventory.ResourceKinds;

namespace Scanner.Collectors.Aws.Mapping;

/// <summary>AWSSDK.EC2 model types → vpc_endpoint, security_group, network_interface.</summary>
internal static class Ec2Mapper
{
    public static Resource Endpoint(VpcEndpoint e, string region, string fallbackOwner)
    {
        var owner = e.OwnerId ?? fallbackOwner;
        var arn = AwsArns.VpcEndpoint(region, owner, e.VpcEndpointId);
        var groups = (e.Groups ?? []).Select(g => g.GroupId).Where(g => g is not null).ToList();
        var refs = new List<ResourceReference>();
        if (e.ResourceConfigurationArn is { } rc) refs.Add(new("resourceConfiguration", rc));
        if (e.ServiceNetworkArn is { } sn) refs.Add(new("serviceNetwork", sn));
        refs.AddRange(groups.Select(g => new ResourceReference("securityGroups", AwsArns.SecurityGroup(region, owner, g))));
        var tags = Tags(e.Tags);
        return LiveResource.Create(K.VpcEndpoint, arn, arn, e.VpcEndpointId, tags.GetValueOrDefault("Name"), owner, region,
            new MapBuilder()
                .Set("vpcEndpointType", e.VpcEndpointType?.Value)
                .Set("vpcId", e.VpcId)
                .Set("resourceConfigurationArn", e.ResourceConfigurationArn)
                .Set("resourceConfigurationAccountId", Arn.AccountOf(e.ResourceConfigurationArn))
                .Set("serviceNetworkArn", e.ServiceNetworkArn)
                .Set("serviceNetworkAccountId", Arn.AccountOf(e.ServiceNetworkArn))
                .Set("serviceName", e.ServiceName)
                .Set("securityGroupIds", Value.Strings(groups))
                .Set("subnetIds", Value.Strings(e.SubnetIds ?? []))
                .Set("privateDnsEnabled", e.PrivateDnsEnabled ?? false)
                .Set("state", e.State?.Value is { } s ? s.ToLowerInvariant() : null)
                .Set("ownerId", owner),
            refs, tags);
    }

    public static Resource SecurityGroup(SecurityGroup g, string region, string fallbackOwner)
    {
        var owner = g.OwnerId ?? fallbackOwner;
        var arn = g.SecurityGroupArn ?? AwsArns.SecurityGroup(region, owner, g.GroupId);
        return LiveResource.Create(K.SecurityGroup, arn, arn, g.GroupId, g.GroupName, owner, region,
            new MapBuilder()
                .Set("groupName", g.GroupName)
                .Set("description", g.Description)
                .Set("vpcId", g.VpcId)
                .Set("ownerId", owner)
                .Set("isDefault", g.GroupName == "default")
                .Set("ingress", Value.List(SecurityGroupRuleMapper.Rules(g.IpPermissions, "ingress", g.GroupId, owner)))
                .Set("egress", Value.List(SecurityGroupRuleMapper.Rules(g.IpPermissionsEgress, "egress", g.GroupId, owner)))
                .Set("rulesComplete", true),
            [], Tags(g.Tags));
    }

    public static Resource NetworkInterface(NetworkInterface n, string region, string fallbackOwner)
    {
        var owner = n.OwnerId ?? fallbackOwner;
        var arn = AwsArns.NetworkInterface(region, owner, n.NetworkInterfaceId);
        var ips = (n.PrivateIpAddresses ?? []).Select(a => a.PrivateIpAddress).Where(a => a is not null).ToList();
        if (ips.Count == 0 && n.PrivateIpAddress is { } primary) ips.Add(primary);
        return LiveResource.Create(K.NetworkInterface, arn, arn, n.NetworkInterfaceId, null, owner, region,
            new MapBuilder()
                .Set("privateIpAddresses", Value.Strings(ips))
                .Set("interfaceType", n.InterfaceType?.Value)
                .Set("requesterId", n.RequesterId)
                .Set("requesterManaged", n.RequesterManaged)
                .Set("description", n.Description)
                .Set("ownerId", owner)
                .Set("vpcId", n.VpcId),
            [], Tags(n.TagSet));
    }

    private static Dictionary<string, string> Tags(List<Tag>? tags) =>
        (tags ?? []).Where(t => t.Key is not null).GroupBy(t => t.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value ?? "", StringComparer.Ordinal);
}
