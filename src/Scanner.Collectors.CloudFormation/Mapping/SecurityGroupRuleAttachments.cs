using Scanner.Collectors.CloudFormation.Parsing;
using Scanner.Collectors.CloudFormation.Resolution;
using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// Separate <c>AWS::EC2::SecurityGroupIngress</c>/<c>SecurityGroupEgress</c> resources are not inventory
/// resources: each rule belongs to the group its <c>GroupId</c> names (a <c>Ref</c>/<c>GetAtt</c> to a template
/// group, or a literal <c>sg-…</c> id), or for ingress the group whose <c>GroupName</c> matches. Rules for a
/// literal id go to a stand-in group with that id. Rules whose group cannot be told are reported, not dropped silently.
/// </summary>
internal sealed class SecurityGroupRuleAttachments
{
    public const string IngressType = "AWS::EC2::SecurityGroupIngress";
    public const string EgressType = "AWS::EC2::SecurityGroupEgress";
    public const string GroupType = "AWS::EC2::SecurityGroup";

    /// <summary>No attached rules.</summary>
    public static readonly SecurityGroupRuleAttachments None = new();

    private readonly Dictionary<string, List<AttachedRule>> _byGroup = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AttachedRule>> _byLiteralId = new(StringComparer.Ordinal);

    /// <summary>Rules for groups named by literal id (no template resource), in first-seen order.</summary>
    public IReadOnlyDictionary<string, List<AttachedRule>> ByLiteralId => _byLiteralId;

    public IReadOnlyList<AttachedRule> For(string groupLogicalId) =>
        _byGroup.TryGetValue(groupLogicalId, out var list) ? list : [];

    public static SecurityGroupRuleAttachments Collect(IReadOnlyList<TemplateResource> resources, IntrinsicResolver resolver, DiagnosticSink diagnostics, string file)
    {
        var result = new SecurityGroupRuleAttachments();
        Dictionary<string, string>? groupsByName = null;
        foreach (var r in resources)
        {
            if (r.Type is not (IngressType or EgressType)) continue;
            var direction = r.Type == IngressType ? SecurityGroupRules.Ingress : SecurityGroupRules.Egress;
            var location = new SourceLocation(file, r.KeyNode.Line, r.KeyNode.Column, r.LogicalId);
            var properties = r.Properties ?? new MappingNode(r.KeyNode.Line, r.KeyNode.Column);
            var (groupLogicalId, literalId) = Target(r, resolver, ref groupsByName, resources);
            if (groupLogicalId is null && literalId is null)
            {
                diagnostics.Warn(DiagnosticSink.UnresolvedValue, r.LogicalId, "GroupId",
                    "cannot tell which security group this rule belongs to; the rule is not counted on any group", location.Line, location.Column);
                r.LetGo();
                continue;
            }
            var fields = RuleFields.FromNode(properties, resolver);
            var rules = new List<Value>();
            string? mismatch = null;
            var complete = TemplateRulePeers.Normalise(fields, direction, groupLogicalId, rules, m => mismatch ??= m, resolver.Values);
            // Held until the group is mapped: the rules a template repeats (the same ports and ranges) are kept once.
            var shared = resolver.Values.Share(Value.List(rules)).Items;
            var attached = new AttachedRule(direction, shared, complete, location, r.LogicalId, fields.UnknownCause ?? mismatch);
            r.LetGo(); // a rule resource is not mapped itself: its body is not needed again
            var map = groupLogicalId is not null ? result._byGroup : result._byLiteralId;
            var key = groupLogicalId ?? literalId!;
            if (!map.TryGetValue(key, out var list)) map[key] = list = [];
            list.Add(attached);
        }
        return result;
    }

    private static (string? LogicalId, string? LiteralId) Target(TemplateResource r, IntrinsicResolver resolver, ref Dictionary<string, string>? groupsByName, IReadOnlyList<TemplateResource> resources)
    {
        if (r.Property("GroupId") is { } groupId)
        {
            var trace = new ResolutionTrace();
            var value = resolver.Resolve(groupId, trace);
            var group = trace.Resources.FirstOrDefault(id => resolver.ResourceType(id) == GroupType);
            if (group is not null) return (group, null);
            if (value is { IsString: true } && value.AsString.StartsWith("sg-", StringComparison.Ordinal)) return (null, value.AsString);
            return (null, null);
        }
        if (r.Type == IngressType && r.Property("GroupName") is { } nameNode && resolver.Resolve(nameNode, new ResolutionTrace()) is { IsString: true } name)
        {
            groupsByName ??= GroupsByName(resources, resolver);
            if (groupsByName.TryGetValue(name.AsString, out var logicalId)) return (logicalId, null);
        }
        return (null, null);
    }

    private static Dictionary<string, string> GroupsByName(IReadOnlyList<TemplateResource> resources, IntrinsicResolver resolver)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in resources)
        {
            if (g.Type != GroupType) continue;
            if (g.Property("GroupName") is { } n && resolver.Resolve(n, new ResolutionTrace()) is { IsString: true } v)
                names.TryAdd(v.AsString, g.LogicalId);
            g.LetGo(); // read again when the group is mapped
        }
        return names;
    }
}
