using Scanner.Core.Inventory;
using Scanner.Core.Schema;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary><c>AWS::VpcLattice::AuthPolicy</c> → <c>auth_policy</c>, the <c>Policy</c> object parsed into statements.</summary>
internal sealed class AuthPolicyMapper : IKindMapper
{
    public string CfnType => "AWS::VpcLattice::AuthPolicy";
    public string Kind => ResourceKinds.AuthPolicy;

    public void Map(ResourceContext c)
    {
        c.SetRelatedText("ResourceIdentifier", AuthPolicyProperties.ResourceId, AuthPolicyRelations.Target);
        c.Properties.Set(AuthPolicyProperties.Policy, PolicyValue.From(c.Read("Policy", AuthPolicyProperties.Policy)?.Value));
    }
}
