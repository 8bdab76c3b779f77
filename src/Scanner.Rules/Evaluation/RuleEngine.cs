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

    /// <summary>
    /// Memory the findings may take before they move to a temporary file (<see cref="FindingStore"/>); an
    /// inventory whose every resource breaks several rules gives a finding per pair.
    /// </summary>
    public long FindingsMemoryBudget { get; init; } = FindingStore.DefaultMemoryBudget;

    /// <summary>Where that temporary file goes; the system's temporary folder when null.</summary>
    public string? TemporaryFolder { get; init; }

    /// <param name="ct">Checked before every (rule, resource) pair, so a long evaluation stops promptly on Ctrl-C.</param>
    /// <remarks>
    /// Findings are made in <see cref="FindingOrder"/>: rules by severity then id, each rule's resources by key. So
    /// they can go to the store as they are made, and the text budget is spent on the findings reports show first.
    /// </remarks>
    public EngineResult Evaluate(InventoryGraph graph, IReadOnlyList<CompiledRule> rules, OrganizationContext organization, CancellationToken ct = default)
    {
        var findings = new FindingStore.Builder(FindingsMemoryBudget, TemporaryFolder);
        var undecided = new List<(string, string)>();
        var memo = new GraphMemo();
        var budget = new TextBudget(MaxReportTextChars);
        var byKey = new Dictionary<string, (Resource Resource, int Position)[]>(StringComparer.Ordinal);
        var ruleUndecided = new List<(Resource Resource, int Position)>();
        foreach (var rule in InFindingOrder(rules))
        {
            if (!byKey.TryGetValue(rule.Definition.Resource, out var resources))
                byKey[rule.Definition.Resource] = resources = SortedByKey(graph.OfKind(rule.Definition.Resource));
            foreach (var (resource, position) in resources)
            {
                ct.ThrowIfCancellationRequested();
                if (rule.Definition.Owners == OwnerScope.Organization && IsOwnedOutside(resource, organization)) continue;
                var context = new EvaluationContext(graph, organization, resource, memo);
                var result = rule.Condition.Evaluate(Item.Root(resource), context);
                if (result.Value == Tri.True) findings.Add(budget.Charge(CreateFinding(rule, resource, context, result, dependsOnUnknown: false)));
                else if (result.Value == Tri.Unknown)
                {
                    if (rule.Definition.Unknown == UnknownPolicy.Fire) findings.Add(budget.Charge(CreateFinding(rule, resource, context, result, dependsOnUnknown: true)));
                    else ruleUndecided.Add((resource, position));
                }
            }
            // The notes name a rule's undecided resources in the inventory's order.
            ruleUndecided.Sort(static (a, b) => a.Position.CompareTo(b.Position));
            foreach (var (resource, _) in ruleUndecided) undecided.Add((rule.Id, resource.Key));
            ruleUndecided.Clear();
        }
        return new EngineResult(findings.Complete(), undecided) { ShortenedFindings = budget.Shortened };
    }

    /// <summary>Rules by severity (critical first), then id: the order of their findings in <see cref="FindingOrder"/>.</summary>
    private static CompiledRule[] InFindingOrder(IReadOnlyList<CompiledRule> rules)
    {
        var ordered = new CompiledRule[rules.Count];
        for (var i = 0; i < ordered.Length; i++) ordered[i] = rules[i];
        Array.Sort(ordered, RuleOrder.Instance); // rule ids are unique, so an unstable sort gives the one order
        return ordered;
    }

    private sealed class RuleOrder : IComparer<CompiledRule>
    {
        public static readonly RuleOrder Instance = new();

        public int Compare(CompiledRule? a, CompiledRule? b) =>
            FindingOrder.CompareRules(a!.Descriptor.Severity, a.Id, b!.Descriptor.Severity, b.Id);
    }

    /// <summary>
    /// The resources by key, each with its position in the inventory. A graph holds each key once, so one resource
    /// gives a rule at most one finding and its findings come out in key order.
    /// </summary>
    private static (Resource Resource, int Position)[] SortedByKey(IReadOnlyList<Resource> resources)
    {
        var sorted = new (Resource Resource, int Position)[resources.Count];
        for (var i = 0; i < sorted.Length; i++) sorted[i] = (resources[i], i);
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Resource.Key, b.Resource.Key));
        return sorted;
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
