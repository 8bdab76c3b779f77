using Scanner.Core.Aws;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Rules.Conditions;
using Scanner.Rules.Definitions;

namespace Scanner.Rules.Evaluation;

/// <summary>
/// Evaluates compiled rules over an inventory graph. Each rule visits only the resources of its kind (indexed
/// once by the graph), so cost grows with rules × matching resources, never with rescans of the whole graph.
/// Findings come out in <see cref="FindingOrder"/>.
/// </summary>
public sealed class RuleEngine
{
    /// <summary>Most characters of message and evidence text in one evaluation's findings together: 32 Mi (64 MiB as UTF-16).</summary>
    public const long DefaultMaxReportTextChars = 32L * 1024 * 1024;

    /// <summary>Once the report's text budget is spent, longest message (characters) of each further finding.</summary>
    public const int ShortenedMessageChars = 200;

    /// <summary>
    /// The per-report text budget. Rule files are untrusted: a message template that quotes long values in every finding
    /// would otherwise make a report of many gigabytes from a large inventory. Findings past the budget are kept (gates
    /// still count them) with their message cut to <see cref="ShortenedMessageChars"/> and their first evidence entry only.
    /// </summary>
    public long MaxReportTextChars { get; init; } = DefaultMaxReportTextChars;

    /// <param name="ct">Checked before every (rule, resource) pair, so a long evaluation stops promptly on Ctrl-C.</param>
    public EngineResult Evaluate(InventoryGraph graph, IReadOnlyList<CompiledRule> rules, OrganizationContext organization, CancellationToken ct = default)
    {
        var findings = new List<Finding>();
        var undecided = new List<(string, string)>();
        var memo = new GraphMemo();
        var budget = new TextBudget(MaxReportTextChars);
        foreach (var rule in rules)
        foreach (var resource in graph.OfKind(rule.Definition.Resource))
        {
            ct.ThrowIfCancellationRequested();
            if (rule.Definition.Owners == OwnerScope.Organization && IsOwnedOutside(resource, organization)) continue;
            var context = new EvaluationContext(graph, organization, resource, memo);
            var result = rule.Condition.Evaluate(Item.Root(resource), context);
            if (result.Value == Tri.True) findings.Add(budget.Charge(CreateFinding(rule, resource, context, result, dependsOnUnknown: false)));
            else if (result.Value == Tri.Unknown)
            {
                if (rule.Definition.Unknown == UnknownPolicy.Fire) findings.Add(budget.Charge(CreateFinding(rule, resource, context, result, dependsOnUnknown: true)));
                else undecided.Add((rule.Id, resource.Key));
            }
        }
        return new EngineResult(FindingOrder.Sort(findings), undecided) { ShortenedFindings = budget.Shortened };
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
            Evidence = BoundedEvidence(result.Evidence),
            DependsOnUnknown = dependsOnUnknown,
            Fingerprint = Fingerprints.For(rule.Id, resource.Key),
        };
    }

    /// <summary>Most evidence entries kept per finding.</summary>
    public const int MaxEvidence = 20;

    /// <summary>Longest evidence path or value kept (characters); longer ones end in "…". Rule files and inputs are untrusted.</summary>
    public const int MaxEvidenceChars = 500;

    /// <summary>
    /// The first <see cref="MaxEvidence"/> entries, each bounded, in an exact-size array: a finding is kept until the
    /// reports are written, and a scan may keep a million (a plain loop: no generic virtual call to resolve in the
    /// native binary).
    /// </summary>
    private static Evidence[] BoundedEvidence(IReadOnlyList<Evidence> evidence)
    {
        var count = Math.Min(MaxEvidence, evidence.Count);
        if (count == 0) return [];
        var kept = new Evidence[count];
        for (var i = 0; i < count; i++) kept[i] = Bounded(evidence[i]);
        return kept;
    }

    private static Evidence Bounded(Evidence e) =>
        e.Path.Length <= MaxEvidenceChars && e.Value.Length <= MaxEvidenceChars ? e : new Evidence(Cut(e.Path), Cut(e.Value));

    private static string Cut(string s) => Cut(s, MaxEvidenceChars);

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    /// <summary>Counts the text of every finding; past the limit, findings are shortened before they are kept.</summary>
    private sealed class TextBudget(long limit)
    {
        private long _spent;

        public int Shortened { get; private set; }

        public Finding Charge(Finding finding)
        {
            if (_spent + Size(finding) > limit)
            {
                Shortened++;
                finding = finding with
                {
                    Message = Cut(finding.Message, ShortenedMessageChars),
                    Evidence = finding.Evidence.Take(1).Select(e => new Evidence(Cut(e.Path, ShortenedMessageChars), Cut(e.Value, ShortenedMessageChars))).ToArray(),
                };
            }
            _spent += Size(finding);
            return finding;
        }

        private static long Size(Finding f)
        {
            long size = f.Message.Length;
            foreach (var e in f.Evidence) size += e.Path.Length + e.Value.Length;
            return size;
        }
    }

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
