using Scanner.Core.Inventory;
using Scanner.Core.Schema;

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
        c.Properties.Set(VpcEndpointProperties.VpcEndpointType, c.Text(c.Read("VpcEndpointType", VpcEndpointProperties.VpcEndpointType)) ?? Value.From("Gateway"));
        c.SetText("VpcId", VpcEndpointProperties.VpcId);
        Arn(c, "ResourceConfigurationArn", VpcEndpointProperties.ResourceConfigurationArn, VpcEndpointProperties.ResourceConfigurationAccountId, VpcEndpointRelations.ResourceConfiguration);
        Arn(c, "ServiceNetworkArn", VpcEndpointProperties.ServiceNetworkArn, VpcEndpointProperties.ServiceNetworkAccountId, VpcEndpointRelations.ServiceNetwork);
        c.SetText("ServiceName", VpcEndpointProperties.ServiceName);
        c.SetRelatedList("SecurityGroupIds", VpcEndpointProperties.SecurityGroupIds, VpcEndpointRelations.SecurityGroups);
        c.SetStringList("SubnetIds", VpcEndpointProperties.SubnetIds);
        c.SetBoolean("PrivateDnsEnabled", VpcEndpointProperties.PrivateDnsEnabled, absentDefault: false);
        c.Properties.Set(VpcEndpointProperties.OwnerId, c.Resolver.Pseudo.AccountId);
    }

    private static void Arn(ResourceContext c, string cfnName, PropertySchema arn, PropertySchema account, RelationSchema relation)
    {
        var p = c.Read(cfnName, arn);
        var v = c.Text(p);
        c.Properties.Set(arn, v);
        if (p is null) return;
        c.Relate(relation, p.Trace, v);
        c.Properties.Set(account, TemplateArnAccounts.Of(p, v, c));
    }
}
