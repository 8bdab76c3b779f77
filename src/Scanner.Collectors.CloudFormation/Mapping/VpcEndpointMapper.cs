using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// <c>AWS::EC2::VPCEndpoint</c> → <c>vpc_endpoint</c>. Defaults from the registry schema: <c>VpcEndpointType</c>
/// is <c>Gateway</c> and <c>PrivateDnsEnabled</c> false when absent. The accounts of the consumed configuration or
/// network are read from their ARNs (see <see cref="TemplateArnAccounts"/>).
/// </summary>
internal sealed class VpcEndpointMapper : IKindMapper
{
    public string CfnType => "AWS::EC2::VPCEndpoint";
    public string Kind => ResourceKinds.VpcEndpoint;

    public void Map(ResourceContext c)
    {
        c.Properties.Set("vpcEndpointType", c.Text(c.Read("VpcEndpointType", "vpcEndpointType")) ?? Value.From("Gateway"));
        c.SetText("VpcId", "vpcId");
        Arn(c, "ResourceConfigurationArn", "resourceConfigurationArn", "resourceConfigurationAccountId", "resourceConfiguration");
        Arn(c, "ServiceNetworkArn", "serviceNetworkArn", "serviceNetworkAccountId", "serviceNetwork");
        c.SetText("ServiceName", "serviceName");
        c.SetRelatedList("SecurityGroupIds", "securityGroupIds", "securityGroups");
        c.SetStringList("SubnetIds", "subnetIds");
        c.SetBoolean("PrivateDnsEnabled", "privateDnsEnabled", absentDefault: false);
        c.Properties.Set("ownerId", c.Resolver.Pseudo.AccountId);
    }

    private static void Arn(ResourceContext c, string cfnName, string name, string accountName, string relation)
    {
        var p = c.Read(cfnName, name);
        var v = c.Text(p);
        c.Properties.Set(name, v);
        if (p is null) return;
        c.Relate(relation, p.Trace, v);
        c.Properties.Set(accountName, TemplateArnAccounts.Of(p, v, c));
    }
}
