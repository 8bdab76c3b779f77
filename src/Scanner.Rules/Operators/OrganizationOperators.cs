using Scanner.Core.Inventory;
using Scanner.Rules.Evaluation;

namespace Scanner.Rules.Operators;

/// <summary>
/// <c>in_organization</c> / <c>outside_organization</c>: the account id, ARN, organization/OU ARN or org id
/// belongs to the scan's organization. Unknown when the scan has no organisation context or the value names
/// no account (a service principal, <c>*</c>) — so a rule never guesses the boundary.
/// </summary>
internal sealed class OrganizationOperator(string name, bool inside) : ElementOperator(name, ArgumentType.Boolean,
    "is an account id, ARN, organization/OU ARN or org id inside / outside the organization; unknown without organization context")
{
    public override (OperatorArgument?, string?) Validate(Value a) => a.IsBoolean ? Ok(a) : Fail();

    public override Tri Test(Value v, OperatorArgument a, EvaluationContext c)
    {
        if (!v.IsString) return Tri.False;
        if (c.Organization.Contains(v.AsString) is not { } member) return Tri.Unknown;
        return TriLogic.From((member == inside) == a.Raw.AsBoolean);
    }
}
