using Scanner.Collectors.CloudFormation.Resolution;
using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// The account named by an ARN-valued property, as far as the template tells: the ARN's account segment when it
/// is written out (even inside an otherwise unknown <c>Fn::Sub</c>), the stack's own account when the ARN comes from
/// a resource of this template (known only when <c>AWS::AccountId</c> is given), else unknown.
/// </summary>
internal static class TemplateArnAccounts
{
    /// <summary>Null (C#) when the property is absent or its ARN names no account; otherwise a value, maybe unknown.</summary>
    public static Value? Of(ResolvedProperty? p, Value? text, ResourceContext context)
    {
        if (p is null || text is null) return null;
        if (text.IsString) return ArnAccounts.Of(text);
        if (ArnPattern.Account(p.Node, context.Resolver) is { } account)
            return account.Length > 0 ? Value.From(account) : null;
        if (p.Trace.Resources.Count > 0 && context.Resolver.Pseudo.AccountId is { } own) return Value.From(own);
        return Value.Unknown;
    }
}
