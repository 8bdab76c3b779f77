using Amazon.EC2.Model;
using Scanner.Core.Aws;
using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;
using Scanner.Core.Schema;
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
        if (e.ResourceConfigurationArn is { } rc) refs.Add(VpcEndpointRelations.ResourceConfiguration.To(rc));
        if (e.ServiceNetworkArn is { } sn) refs.Add(VpcEndpointRelations.ServiceNetwork.To(sn));
        refs.AddRange(groups.Select(g => VpcEndpointRelations.SecurityGroups.To(AwsArns.SecurityGroup(region, owner, g))));
        var tags = Tags(e.Tags);
        return LiveResource.Create(K.VpcEndpoint, arn, arn, e.VpcEndpointId, tags.GetValueOrDefault("Name"), owner, region,
            new PropertyMapBuilder()
                .Set(VpcEndpointProperties.VpcEndpointType, e.VpcEndpointType?.Value)
                .Set(VpcEndpointProperties.VpcId, e.VpcId)
                .Set(VpcEndpointProperties.ResourceConfigurationArn, e.ResourceConfigurationArn)
                .Set(VpcEndpointProperties.ResourceConfigurationAccountId, Arn.AccountOf(e.ResourceConfigurationArn))
                .Set(VpcEndpointProperties.ServiceNetworkArn, e.ServiceNetworkArn)
                .Set(VpcEndpointProperties.ServiceNetworkAccountId, Arn.AccountOf(e.ServiceNetworkArn))
                .Set(VpcEndpointProperties.ServiceName, e.ServiceName)
                .Set(VpcEndpointProperties.SecurityGroupIds, Value.Strings(groups))
                .Set(VpcEndpointProperties.SubnetIds, Value.Strings(e.SubnetIds ?? []))
                .Set(VpcEndpointProperties.PrivateDnsEnabled, e.PrivateDnsEnabled ?? false)
                .Set(VpcEndpointProperties.State, e.State?.Value is { } s ? s.ToLowerInvariant() : null)
                .Set(VpcEndpointProperties.OwnerId, owner),
            refs, tags);
    }

    public static Resource SecurityGroup(SecurityGroup g, string region, string fallbackOwner)
    {
        var owner = g.OwnerId ?? fallbackOwner;
        var arn = g.SecurityGroupArn ?? AwsArns.SecurityGroup(region, owner, g.GroupId);
        return LiveResource.Create(K.SecurityGroup, arn, arn, g.GroupId, g.GroupName, owner, region,
            new PropertyMapBuilder()
                .Set(SecurityGroupProperties.GroupName, g.GroupName)
                .Set(SecurityGroupProperties.Description, g.Description)
                .Set(SecurityGroupProperties.VpcId, g.VpcId)
                .Set(SecurityGroupProperties.OwnerId, owner)
                .Set(SecurityGroupProperties.IsDefault, g.GroupName == "default")
                .Set(SecurityGroupProperties.Ingress, Value.List(SecurityGroupRuleMapper.Rules(g.IpPermissions, SecurityGroupRules.Ingress, g.GroupId, owner)))
                .Set(SecurityGroupProperties.Egress, Value.List(SecurityGroupRuleMapper.Rules(g.IpPermissionsEgress, SecurityGroupRules.Egress, g.GroupId, owner)))
                .Set(SecurityGroupProperties.RulesComplete, true),
            [], Tags(g.Tags));
    }

    public static Resource NetworkInterface(NetworkInterface n, string region, string fallbackOwner)
    {
        var owner = n.OwnerId ?? fallbackOwner;
        var arn = AwsArns.NetworkInterface(region, owner, n.NetworkInterfaceId);
        var ips = (n.PrivateIpAddresses ?? []).Select(a => a.PrivateIpAddress).Where(a => a is not null).ToList();
        if (ips.Count == 0 && n.PrivateIpAddress is { } primary) ips.Add(primary);
        return LiveResource.Create(K.NetworkInterface, arn, arn, n.NetworkInterfaceId, null, owner, region,
            new PropertyMapBuilder()
                .Set(NetworkInterfaceProperties.PrivateIpAddresses, Value.Strings(ips))
                .Set(NetworkInterfaceProperties.InterfaceType, n.InterfaceType?.Value)
                .Set(NetworkInterfaceProperties.RequesterId, n.RequesterId)
                .Set(NetworkInterfaceProperties.RequesterManaged, n.RequesterManaged)
                .Set(NetworkInterfaceProperties.Description, n.Description)
                .Set(NetworkInterfaceProperties.OwnerId, owner)
                .Set(NetworkInterfaceProperties.VpcId, n.VpcId),
            [], Tags(n.TagSet));
    }

    private static Dictionary<string, string> Tags(List<Tag>? tags) =>
        (tags ?? []).Where(t => t.Key is not null).GroupBy(t => t.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value ?? "", StringComparer.Ordinal);
}
