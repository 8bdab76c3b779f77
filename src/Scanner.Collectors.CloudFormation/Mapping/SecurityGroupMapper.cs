using Scanner.Collectors.CloudFormation.Parsing;
using Scanner.Collectors.CloudFormation.Resolution;
using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;
using Scanner.Core.Schema;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// <c>AWS::EC2::SecurityGroup</c> → <c>security_group</c>: inline <c>SecurityGroupIngress</c>/<c>Egress</c> plus
/// the rules of separate ingress/egress resources that name this group, one rule per peer. Without an inline
/// <c>SecurityGroupEgress</c>, EC2 keeps its default allow-all IPv4 egress rule, so the inventory has it too.
/// <c>rulesComplete</c> is false when any rule is unknown in part or whole.
/// </summary>
internal sealed class SecurityGroupMapper(SecurityGroupRuleAttachments attachments) : IKindMapper
{
    public string CfnType => SecurityGroupRuleAttachments.GroupType;
    public string Kind => ResourceKinds.SecurityGroup;

    public void Map(ResourceContext c)
    {
        var groupName = c.SetText("GroupName", SecurityGroupProperties.GroupName);
        if (groupName is { IsString: true }) c.Name = groupName.AsString;
        c.Properties.Set(CommonProperties.Name, IdentityProperties.MapMember(groupName));
        c.SetText("GroupDescription", SecurityGroupProperties.Description);
        c.SetText("VpcId", SecurityGroupProperties.VpcId);
        c.Properties.Set(SecurityGroupProperties.OwnerId, c.Resolver.Pseudo.AccountId);
        c.Properties.Set(SecurityGroupProperties.IsDefault, groupName switch
        {
            null => Value.False,
            { IsString: true } g => Value.From(g.AsString == "default"),
            _ => Value.Unknown,
        });
        var attached = attachments.For(c.Source.LogicalId);
        var ingressComplete = Direction(c, "SecurityGroupIngress", SecurityGroupRules.Ingress, attached, out var ingress);
        var egressComplete = Direction(c, "SecurityGroupEgress", SecurityGroupRules.Egress, attached, out var egress);
        c.Properties.Set(SecurityGroupProperties.Ingress, ingress);
        c.Properties.Set(SecurityGroupProperties.Egress, egress);
        c.Properties.Set(SecurityGroupProperties.RulesComplete, ingressComplete && egressComplete);
    }

    /// <summary>Builds one direction's rule list; returns whether every rule is known.</summary>
    private static bool Direction(ResourceContext c, string cfnName, string direction, IReadOnlyList<AttachedRule> attached, out Value rules)
    {
        var list = new List<Value>();
        var complete = true;
        string? cause = null;
        var property = SecurityGroupRules.ListOf(direction);
        void Mismatch(string m) => c.Warn(property, DiagnosticSink.InvalidValue, m);

        var inline = c.Source.Property(cfnName);
        c.RecordLocation(cfnName, property);
        Value? inlineValue = inline is null ? null : Inline(c, inline, direction, list, ref complete, ref cause, Mismatch);
        if (inline is not null && inlineValue is { IsUnknown: true })
        {
            rules = Value.Unknown;
            Report(c, direction, cause);
            return false;
        }
        if (inlineValue is null && direction == SecurityGroupRules.Egress)
        {
            list.Add(SecurityGroupRules.DefaultEgress());
        }
        foreach (var a in attached)
        {
            if (a.Direction != direction) continue;
            c.RecordLocation(property, a.Location);
            list.AddRange(a.Rules);
            complete &= a.Complete;
            cause ??= a.UnknownCause;
        }
        Report(c, direction, complete ? null : cause);
        rules = Value.List(list);
        return complete;
    }

    /// <summary>Adds the inline rules; returns null when the property resolves to nothing (AWS::NoValue), Unknown when it cannot be read.</summary>
    private static Value? Inline(ResourceContext c, TemplateNode node, string direction, List<Value> list, ref bool complete, ref string? cause, Action<string> mismatch)
    {
        IEnumerable<(TemplateNode? Node, Value? Value)> items;
        if (node is SequenceNode seq) items = seq.Items.Select(i => ((TemplateNode?)i, (Value?)null));
        else
        {
            var trace = new ResolutionTrace();
            var resolved = c.Resolver.Resolve(node, trace);
            cause ??= trace.UnknownCause;
            if (resolved is null) return null;
            if (!resolved.IsList)
            {
                if (!resolved.IsUnknown) mismatch("expected a list of rules");
                return Value.Unknown;
            }
            items = resolved.Items.Select(v => ((TemplateNode?)null, (Value?)v));
        }
        foreach (var (itemNode, itemValue) in items)
        {
            RuleFields fields;
            if (itemNode is MappingNode literal && IntrinsicResolver.IntrinsicName(literal) is null)
                fields = RuleFields.FromNode(literal, c.Resolver);
            else
            {
                var trace = new ResolutionTrace();
                var v = itemValue ?? c.Resolver.Resolve(itemNode!, trace);
                cause ??= trace.UnknownCause;
                if (v is null) continue; // AWS::NoValue: the rule is not there
                if (!v.IsMap)
                {
                    if (!v.IsUnknown) mismatch("expected a rule mapping");
                    list.Add(Value.Unknown);
                    complete = false;
                    continue;
                }
                fields = RuleFields.FromValue(v);
            }
            complete &= TemplateRulePeers.Normalise(fields, direction, null, list, mismatch, c.Resolver.Values);
            cause ??= fields.UnknownCause;
        }
        return Value.List(list);
    }

    private static void Report(ResourceContext c, string direction, string? cause)
    {
        if (cause is not null) c.Warn(SecurityGroupRules.ListOf(direction), DiagnosticSink.UnresolvedValue, "some rules are unknown: " + cause);
    }
}
