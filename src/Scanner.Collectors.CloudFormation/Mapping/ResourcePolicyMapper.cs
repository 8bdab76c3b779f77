using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary><c>AWS::VpcLattice::ResourcePolicy</c> → <c>resource_policy</c>, the <c>Policy</c> object parsed into statements.</summary>
internal sealed class ResourcePolicyMapper : IKindMapper
{
    public string CfnType => "AWS::VpcLattice::ResourcePolicy";
    public string Kind => ResourceKinds.ResourcePolicy;

    public void Map(ResourceContext c)
    {
        c.SetRelatedText("ResourceArn", "resourceArn", "target");
        c.Properties.Set("policy", PolicyValue.From(c.Read("Policy", "policy")?.Value));
    }
}
