using System.Net;
using Scanner.Core.Inventory;
using Scanner.Core.Network;
using Scanner.Rules.Evaluation;

namespace Scanner.Rules.Operators;

/// <summary><c>is_any_address: true</c>: the CIDR is 0.0.0.0/0 or ::/0. Values that are not CIDRs never match.</summary>
internal sealed class IsAnyAddressOperator() : ElementOperator("is_any_address", ArgumentType.Boolean, "is `0.0.0.0/0` or `::/0` (a /16 is not)")
{
    public override (OperatorArgument?, string?) Validate(Value a) => a.IsBoolean ? Ok(a) : Fail();

    public override Tri Test(Value v, OperatorArgument a, EvaluationContext c) =>
        v.IsString && Cidr.TryParse(v.AsString, out var n) ? TriLogic.From((n.PrefixLength == 0) == a.Raw.AsBoolean) : Tri.False;
}

/// <summary><c>is_private_address: true</c>: the address or CIDR lies wholly in private, shared, loopback or link-local space.</summary>
internal sealed class IsPrivateAddressOperator()
    : ElementOperator("is_private_address", ArgumentType.Boolean, "lies wholly in RFC 1918, 100.64/10, loopback, link-local, fc00::/7")
{
    public override (OperatorArgument?, string?) Validate(Value a) => a.IsBoolean ? Ok(a) : Fail();

    public override Tri Test(Value v, OperatorArgument a, EvaluationContext c) =>
        v.IsString && Cidr.TryParse(v.AsString, out var n) ? TriLogic.From(Cidr.IsPrivate(n) == a.Raw.AsBoolean) : Tri.False;
}

/// <summary>
/// <c>cidr_within</c> / <c>cidr_outside</c>: the value's network lies inside one of the given ranges / inside
/// none of them. Values that are not CIDRs never match.
/// </summary>
internal sealed class CidrRangeOperator(string name, bool within) : ElementOperator(name,
    ArgumentType.ListOf(ArgumentType.String(), minItems: 1).Described("list of CIDRs", "a list of CIDR ranges such as [10.0.0.0/8, fd00::/8]"),
    "lies inside one of them / inside none")
{
    public override (OperatorArgument?, string?) Validate(Value a)
    {
        if (!a.IsList || a.Items.Count == 0) return Fail();
        var nets = new List<IPNetwork>();
        foreach (var item in a.Items)
        {
            if (!item.IsString || !Cidr.TryParse(item.AsString, out var n)) return (null, $"operator '{Name}': '{item}' is not a CIDR range");
            nets.Add(n);
        }
        return Ok(a, nets);
    }

    public override Tri Test(Value v, OperatorArgument a, EvaluationContext c)
    {
        if (!v.IsString || !Cidr.TryParse(v.AsString, out var n)) return Tri.False;
        var inside = ((List<IPNetwork>)a.Compiled!).Any(r => Cidr.IsWithin(n, r));
        return TriLogic.From(inside == within);
    }
}
