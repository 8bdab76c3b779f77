using Scanner.Collectors.Terraform.Plan;
using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;
using Scanner.Core.Schema;
using static Scanner.Collectors.Terraform.Mapping.Attributes;
using T = Scanner.Collectors.Terraform.Mapping.TerraformTypes;

namespace Scanner.Collectors.Terraform.Mapping;

/// <summary>
/// Maps <c>aws_security_group</c> (and <c>aws_default_security_group</c>) with their inline rules, then attaches
/// the separate rule resources (<c>aws_security_group_rule</c>, <c>aws_vpc_security_group_ingress_rule</c>,
/// <c>aws_vpc_security_group_egress_rule</c>) to the group they name: by a literal <c>sg-…</c> id, or, when the id
/// is known only after apply, through the configuration reference to a group in the same plan.
/// Inline <c>ingress</c>/<c>egress</c> left out of the configuration plan as unknown (a computed attribute);
/// then the group's rules are exactly the separate ones, so that case counts as complete.
/// </summary>
internal sealed class SecurityGroupMapper
{
    private readonly MappingContext _ctx;
    private readonly Dictionary<string, ResourceDraft> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<PlannedResource, ResourceDraft> _byResource = [];
    private readonly Dictionary<ResourceDraft, bool> _complete = [];

    public SecurityGroupMapper(MappingContext ctx) => _ctx = ctx;

    public void Group(ResourceDraft d)
    {
        var a = d.After;
        var name = Scalar(a, "name");
        var isDefault = d.Source.Type == T.DefaultSecurityGroup
            ? Value.True
            : name switch
            {
                { IsString: true } s => Value.From(s.AsString == "default"),
                _ when String(a, "name_prefix") is not null => Value.False,
                { IsUnknown: true } => Value.Unknown,
                _ => Value.False,
            };
        d.Set(SecurityGroupProperties.GroupName, d.Source.Type == T.DefaultSecurityGroup && name is not { IsString: true } ? Value.From("default") : name);
        d.Set(SecurityGroupProperties.Description, Scalar(a, "description"));
        d.Set(SecurityGroupProperties.VpcId, Scalar(a, "vpc_id"));
        d.Set(SecurityGroupProperties.OwnerId, Scalar(a, "owner_id"));
        d.Set(SecurityGroupProperties.IsDefault, isDefault);
        var complete = Inline(d, SecurityGroupRules.Ingress) & Inline(d, SecurityGroupRules.Egress);
        _complete[d] = complete;
        _byResource[d.Source] = d;
        if (String(a, "id") is { } id) _byId.TryAdd(id, d);
    }

    /// <summary>Attaches one separate rule resource to its group(s).</summary>
    public void Rule(PlannedResource rule)
    {
        var a = rule.After;
        string? direction = rule.Type switch
        {
            T.IngressRule => "ingress",
            T.EgressRule => "egress",
            _ => String(a, "type") is "ingress" or "egress" ? String(a, "type") : null,
        };
        var groups = GroupsOf(rule);
        if (groups.Count == 0) return;
        if (direction is null)
        {
            foreach (var g in groups) _complete[g] = false;
            _ctx.Warn("UnknownValue", $"{rule.Address}: the rule's type (ingress or egress) is not known at plan time; the group's rules are incomplete");
            return;
        }
        var rules = new List<Value>();
        bool Unset(string attribute) => _ctx.IsUnsetComputed(rule, attribute);
        var own = groups.Count == 1 ? groups[0] : null;
        RulePeer Group(string attribute, Value value) => SeparateRuleGroupPeer(rule, attribute, value, own);
        void Warn(string message) => _ctx.Warn("InvalidValue", $"{rule.Address}: {message}");
        var complete = rule.Type == T.SecurityGroupRule
            ? TerraformRulePeers.FromSecurityGroupRule(a, direction, rules, Unset, Group, Warn)
            : TerraformRulePeers.FromVpcRule(a, direction, rules, Unset, Group, Warn);
        foreach (var g in groups)
        {
            foreach (var r in rules) g.Append(SecurityGroupRules.ListOf(direction), r);
            if (!complete) _complete[g] = false;
        }
    }

    /// <summary>Writes <c>rulesComplete</c> once every rule has been attached.</summary>
    public void Finish()
    {
        foreach (var (draft, complete) in _complete) draft.Set(SecurityGroupProperties.RulesComplete, Value.From(complete));
    }

    private bool Inline(ResourceDraft d, string direction)
    {
        var list = d.Collection(SecurityGroupRules.ListOf(direction));
        var value = d.After.Get(direction);
        if (value is null || value.IsNull || _ctx.IsUnsetComputed(d.Source, direction)) return true;
        if (value.IsUnknown)
        {
            list.Add(Value.Unknown);
            return false;
        }
        var complete = true;
        foreach (var block in value.IsList ? value.Items : [value])
        {
            if (block.IsUnknown)
            {
                list.Add(Value.Unknown);
                complete = false;
            }
            else if (block.IsMap)
            {
                var rules = new List<Value>();
                var ownId = String(d.After, "id");
                complete &= TerraformRulePeers.FromInlineBlock(block, direction, rules,
                    (_, value) => RulePeer.Group(value, isOwnGroup: ownId is not null && value is { IsString: true } v && v.AsString == ownId ? Value.True : null),
                    message => _ctx.Warn("InvalidValue", $"{d.Source.Address}: {direction}: {message}"));
                foreach (var r in rules) d.Append(SecurityGroupRules.ListOf(direction), r);
            }
        }
        return complete;
    }

    /// <summary>
    /// A separate rule's group peer: its own group when it names the group's literal id or references the group
    /// resource the rule belongs to; identified (though unknown until apply) when the reference resolves to groups in this plan.
    /// </summary>
    private RulePeer SeparateRuleGroupPeer(PlannedResource rule, string attribute, Value value, ResourceDraft? own)
    {
        if (value.IsString)
            return RulePeer.Group(value, isOwnGroup: own is not null && String(own.After, "id") == value.AsString ? Value.True : null);
        if (!value.IsUnknown) return RulePeer.Group(value);
        var (targets, complete) = _ctx.Targets(rule, attribute, T.SecurityGroups);
        if (!complete || targets.Count == 0) return RulePeer.Group(value);
        var isOwn = own is not null && targets.Count == 1 && targets[0] == own.Source;
        var other = own is not null && !targets.Contains(own.Source);
        return RulePeer.Group(value, isOwnGroup: isOwn ? Value.True : other ? null : Value.Unknown, identifiedByReference: true);
    }

    private List<ResourceDraft> GroupsOf(PlannedResource rule)
    {
        var value = rule.After.Get("security_group_id");
        if (value is { IsString: true } s)
        {
            if (_byId.TryGetValue(s.AsString, out var known)) return [known];
            _ctx.Note("SecurityGroupNotInPlan", $"{rule.Address}: the rule's group {s.AsString} is not managed in this plan; the rule is not scanned");
            return [];
        }
        if (value is not { IsUnknown: true })
        {
            _ctx.Warn("UnresolvedReference", $"{rule.Address}: the rule names no security group");
            return [];
        }
        var (targets, _) = _ctx.Targets(rule, "security_group_id", T.SecurityGroups);
        var groups = targets.Select(t => _byResource.GetValueOrDefault(t)).OfType<ResourceDraft>().ToList();
        if (groups.Count == 0)
            _ctx.Warn("UnresolvedReference", $"{rule.Address}: security_group_id is known only after apply and no reference in the configuration to a security group in this plan explains it; the rule is not attached to any group");
        return groups;
    }
}
