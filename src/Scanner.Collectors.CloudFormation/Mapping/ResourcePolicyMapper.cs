using Scanner.Core.Inventory;
using Scanner.Core.Schema;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary><c>AWS::VpcLattice::ResourcePolicy</c> → <c>resource_policy</c>, the <c>Policy</c> object parsed into statements.</summary>
internal sealed class ResourcePolicyMapper : IKindMapper
{
    public string CfnType => "AWS::VpcLattice::ResourcePolicy";
    public string Kind => ResourceKinds.ResourcePolicy;

    public void Map(ResourceContext c)
    {
        c.SetRelatedText("ResourceArn", ResourcePolicyProperties.ResourceArn, ResourcePolicyRelations.Target);
        c.Properties.Set(ResourcePolicyProperties.Policy, PolicyValue.From(c.Read("Policy", ResourcePolicyProperties.Policy)?.Value));
    }
}
