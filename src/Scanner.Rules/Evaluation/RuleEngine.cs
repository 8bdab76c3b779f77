using Scanner.Core.Aws;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Rules.Conditions;

namespace Scanner.Rules.Evaluation;

/// <summary>
/// Evaluates compiled rules over an inventory graph. Each rule visits only the resources of its kind (indexed
/// once by the graph), so cost grows with rules × matching resources, never with rescans of the whole graph.
/// Findings come out in <see cref="FindingOrder"/>.
/// </summary>
public sealed class RuleEngine
{
    /// <param name="ct">Checked before every (rule, resource) pair, so a long evaluation stops promptly on Ctrl-C.</param>
    public EngineResult Evaluate(InventoryGraph graph, IReadOnlyList<CompiledRule> rules, OrganizationContext organization, CancellationToken ct = default)
    {
        var findings = new List<Finding>();
        var undecided = new List<(string, string)>();
        var memo = new GraphMemo();
        foreach (var rule in rules)
        foreach (var resource in graph.OfKind(rule.Definition.Resource))
        {
            ct.ThrowIfCancellationRequested();
            if (rule.Definition.Owners == "organization" && IsOwnedOutside(resource, organization)) continue;
            var context = new EvaluationContext(graph, organization, resource, memo);
            var result = rule.Condition.Evaluate(Item.Root(resource), context);
            if (result.Value == Tri.True) findings.Add(CreateFinding(rule, resource, context, result, dependsOnUnknown: false));
            else if (result.Value == Tri.Unknown)
            {
                if (rule.Definition.Unknown == "fire") findings.Add(CreateFinding(rule, resource, context, result, dependsOnUnknown: true));
                else undecided.Add((rule.Id, resource.Key));
            }
        }
        return new EngineResult(FindingOrder.Sort(findings), undecided);
    }

    /// <summary>
    /// A live scan also sees resources other organizations share with it (a partner's configuration, its share).
    /// Their owners, not this organization, decide their settings, so rules with <c>owners: organization</c>
    /// (the default) do not judge them; rules about consuming them judge the consumer's own resources.
    /// </summary>
    private static bool IsOwnedOutside(Resource resource, OrganizationContext organization) =>
        resource.AccountId is { } account && organization.Contains(account) == false;

    private static Finding CreateFinding(CompiledRule rule, Resource resource, EvaluationContext context, ConditionResult result, bool dependsOnUnknown)
    {
        var message = rule.Message.Render(context, result.Evidence);
        if (dependsOnUnknown) message += " (depends on values not known until apply)";
        return new Finding
        {
            RuleId = rule.Id,
            Severity = rule.Descriptor.Severity,
            ResourceKind = resource.Kind,
            ResourceKey = resource.Key,
            ResourceArn = resource.Arn,
            ResourceId = resource.Id,
            ResourceName = resource.Name,
            ResourceAddress = resource.Address,
            Origin = resource.Origin,
            AccountId = resource.AccountId,
            Region = resource.Region,
            Location = LocationFor(resource, result.Evidence),
            Message = message,
            Evidence = result.Evidence.Take(MaxEvidence).Select(Bounded).ToList(),
            DependsOnUnknown = dependsOnUnknown,
            Fingerprint = Fingerprints.For(rule.Id, resource.Key),
        };
    }

    /// <summary>Most evidence entries kept per finding.</summary>
    public const int MaxEvidence = 20;

    /// <summary>Longest evidence path or value kept (characters); longer ones end in "…". Rule files and inputs are untrusted.</summary>
    public const int MaxEvidenceChars = 500;

    private static Evidence Bounded(Evidence e) =>
        e.Path.Length <= MaxEvidenceChars && e.Value.Length <= MaxEvidenceChars ? e : new Evidence(Cut(e.Path), Cut(e.Value));

    private static string Cut(string s) => s.Length <= MaxEvidenceChars ? s : s[..(MaxEvidenceChars - 1)] + "…";

    /// <summary>
    /// The offending element's or property's own location when the source recorded it (<c>principals[1]</c>, an
    /// element another resource contributed; else <c>principals</c>), else the resource's.
    /// </summary>
    private static SourceLocation? LocationFor(Resource resource, IReadOnlyList<Evidence> evidence)
    {
        foreach (var e in evidence)
        {
            var dot = e.Path.IndexOf('.');
            var head = dot < 0 ? e.Path : e.Path[..dot];
            if (head.Contains('[') && resource.PropertyLocations.TryGetValue(head, out var element)) return element;
            var top = e.Path.Split('.', '[')[0];
            if (resource.PropertyLocations.TryGetValue(top, out var loc)) return loc;
        }
        return resource.Location;
    }
}
