using System.Reflection;
using Scanner.Core.Aws;
using Scanner.Core.Collection;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Pipeline.Snapshot;
using Scanner.Pipeline.Suppressions;
using Scanner.Reporting;
using Scanner.Rules;
using Scanner.Rules.Evaluation;

namespace Scanner.Pipeline;

/// <summary>
/// One scan, start to finish: load and select rules (all of them valid, or nothing runs), collect every input
/// into one inventory graph, evaluate, apply suppressions and the baseline, and assemble the report.
/// </summary>
public sealed class ScanPipeline(TimeProvider time)
{
    /// <summary>The tool's version without its source revision.</summary>
    public static string ToolVersion { get; } = Pipeline.ToolVersion.Informational.Split('+')[0];

    /// <summary>What a phase of the scan must allocate for the heap to be compacted after it (tests lower it).</summary>
    internal long CompactionThreshold { get; init; } = LargeInputMemory.PhaseThreshold;

    /// <summary>Memory the findings may take before they move to a temporary file (<see cref="FindingStore"/>); tests set it low.</summary>
    internal long FindingsMemoryBudget { get; init; } = FindingStore.DefaultMemoryBudget;

    public async Task<ScanOutcome> RunAsync(ScanRequest request, CancellationToken ct)
    {
        var started = time.GetUtcNow();
        var rules = LoadRules(request);
        var phase = LargeInputMemory.StartPhase();
        var collected = await CollectHandedOverAsync(request, ct, UnresolvedValueFilter.For(rules.Selected));
        phase = LargeInputMemory.BetweenPhases(phase, CompactionThreshold);
        var outcome = Evaluate(request, rules, collected, started, ct);
        LargeInputMemory.BetweenPhases(phase, CompactionThreshold);
        return outcome;
    }

    /// <summary>
    /// The collected inventory in a box the evaluation empties. A finished task keeps its result for as long as
    /// anything holds the task (an awaiter in the caller's frame can, to the end of the method), so an inventory
    /// returned as the task's result could not be let go before the reports are written.
    /// </summary>
    private async Task<HandedOver<InventorySnapshot>> CollectHandedOverAsync(ScanRequest request, CancellationToken ct, Func<string, string, bool> reportUnresolved) =>
        new(await CollectAsync(request, ct, reportUnresolved));

    /// <summary>
    /// Evaluates the inventory taken from its box; without <see cref="ScanRequest.KeepResources"/> the outcome holds no
    /// resources. A frame of its own, so that once it has returned nothing of the scan's frames refers to them.
    /// </summary>
    private ScanOutcome Evaluate(ScanRequest request, LoadedRules rules, HandedOver<InventorySnapshot> collected, DateTimeOffset started, CancellationToken ct)
    {
        var inventory = collected.Take();
        var outcome = Evaluate(request, rules, inventory, started, ct);
        return request.KeepResources ? outcome : outcome with { Inventory = inventory with { Resources = [] } };
    }

    private sealed class HandedOver<T>(T value) where T : class
    {
        private T? _value = value;

        public T Take()
        {
            var value = _value ?? throw new InvalidOperationException("already taken");
            _value = null;
            return value;
        }
    }

    /// <summary>Only collects (for <c>latticescan collect</c>).</summary>
    public Task<InventorySnapshot> CollectOnlyAsync(ScanRequest request, CancellationToken ct) => CollectAsync(request, ct);

    /// <summary>
    /// Loads every rule folder and applies the selection. A selection that leaves no rule is an input error: a
    /// scan that runs nothing would pass every gate.
    /// </summary>
    public static LoadedRules LoadRules(ScanRequest request)
    {
        var set = new RuleLoader(operators: request.Operators).Load(request.PrecompiledRules, request.RuleDirectories, request.RuleTexts);
        if (!set.IsValid) throw new RuleSetInvalidException(set.Errors);
        var (rules, error) = request.Selection.Apply(set.Rules);
        if (error is not null) throw new InputException("rule selection", error);
        if (rules.Count == 0) throw new InputException("rule selection", request.Selection.DescribeEmpty(set.Rules.Count));
        var bundled = request.PrecompiledRules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var selected = rules.Select(r => bundled.Contains(r.Id) ? WithHelpPage(r, request.BundledRuleHelpUriBase) : r).ToList();
        return new LoadedRules(selected, set.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal));
    }

    private static CompiledRule WithHelpPage(CompiledRule rule, string? helpUriBase)
    {
        if (rule.Descriptor.HelpUri is not null || helpUriBase is null) return rule;
        var baseUri = helpUriBase.EndsWith('/') ? helpUriBase : helpUriBase + "/";
        return rule.WithHelpUri(baseUri + Uri.EscapeDataString(rule.Id) + ".md");
    }

    private async Task<InventorySnapshot> CollectAsync(ScanRequest request, CancellationToken ct, Func<string, string, bool>? reportUnresolved = null)
    {
        var collector = new InputCollector
        {
            TerraformSourceDirectory = request.TerraformSourceDirectory,
            CloudFormationParameters = request.CloudFormationParameters,
            ReportUnresolved = reportUnresolved,
        };
        var parts = new List<InventorySnapshot>();
        var stdin = new StandardInputOnce(request.ReadStandardInput);
        foreach (var plan in InputCollector.ExpandPlans(request.TerraformPlans))
        {
            ct.ThrowIfCancellationRequested();
            parts.Add(FromCollection(plan.IsStandardInput
                ? collector.TerraformText(stdin.Read("--terraform-plan"), InputPath.StandardInputName)
                : collector.TerraformFile(plan.Path)));
        }
        foreach (var template in InputCollector.ExpandTemplates(request.CloudFormationTemplates))
        {
            ct.ThrowIfCancellationRequested();
            parts.Add(FromCollection(CollectTemplate(collector, template, stdin)));
        }
        foreach (var snapshot in InputCollector.ExpandInventories(request.Inventories))
        {
            ct.ThrowIfCancellationRequested();
            parts.Add(snapshot.IsStandardInput
                ? InventorySnapshotReader.Read(System.Text.Encoding.UTF8.GetBytes(stdin.Read("--inventory")), InputPath.StandardInputName)
                : InventorySnapshotReader.ReadFile(snapshot.Path));
        }
        ct.ThrowIfCancellationRequested();
        foreach (var document in request.Documents)
        {
            ct.ThrowIfCancellationRequested();
            parts.Add(document.Kind switch
            {
                ScanDocumentKind.TerraformPlan => FromCollection(collector.TerraformText(document.Text, document.DisplayPath)),
                ScanDocumentKind.CloudFormationTemplate => FromCollection(collector.CloudFormationText(document.Text, document.DisplayPath)),
                _ => collector.SnapshotText(document.Text, document.DisplayPath).Snapshot,
            });
        }
        if (request.LiveCollection is { } live) parts.Add(await live(ct));
        var merged = parts.Count == 0 ? new InventorySnapshot { Resources = [] } : InventorySnapshot.Merge(parts);
        var userOrg = request.OrganizationId is not null || request.OrganizationAccounts.Count > 0;
        if (!userOrg) return merged;
        return merged with
        {
            Organization = new OrganizationContext(
                request.OrganizationId ?? merged.Organization.OrganizationId,
                merged.Organization.AccountIds.Concat(request.OrganizationAccounts),
                merged.Organization.OrganizationalUnitIds),
        };
    }

    /// <summary>
    /// A template named on the command line that cannot be read stops the scan (exit 2); one found in a folder
    /// becomes a diagnostic, and the folder's other templates are still scanned.
    /// </summary>
    private static CollectionResult CollectTemplate(InputCollector collector, InputPath template, StandardInputOnce stdin)
    {
        if (template.IsStandardInput) return collector.CloudFormationText(stdin.Read("--cloudformation"), InputPath.StandardInputName);
        if (!template.FromFolder) return collector.CloudFormationFile(template.Path);
        try
        {
            return collector.CloudFormationFile(template.Path);
        }
        catch (InputException e)
        {
            return new CollectionResult([], [TemplateFolderFile.Describe(e)]);
        }
    }

    private static InventorySnapshot FromCollection(CollectionResult c) => new() { Resources = c.Resources, Diagnostics = c.Diagnostics };

    public ScanOutcome Evaluate(ScanRequest request, LoadedRules loaded, InventorySnapshot inventory, DateTimeOffset started, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var rules = loaded.Selected;
        // Plain loops on this path: a LINQ chain (Where then Select) resolves generic virtual methods at run time in
        // the native binary, a cost every small scan paid.
        var needOrganization = new List<string>();
        foreach (var rule in rules)
            if (rule.NeedsOrganization) needOrganization.Add(rule.Id);
        if (!inventory.Organization.IsKnown && needOrganization.Count > 0 && request.RequireOrganization)
            throw new InputException("--require-org", $"no organization context (--org-id / --org-accounts / organization in {Configuration.ScannerConfigReader.DefaultFileName}), and {needOrganization.Count} selected rule(s) need it: {string.Join(", ", needOrganization)}");
        var graph = new InventoryGraph(inventory.Resources);
        ct.ThrowIfCancellationRequested();
        var engine = new RuleEngine { FindingsMemoryBudget = FindingsMemoryBudget }.Evaluate(graph, rules, inventory.Organization, ct);
        ct.ThrowIfCancellationRequested();
        var diagnostics = inventory.Diagnostics.ToList();
        diagnostics.AddRange(UndecidedNotes(engine));
        if (engine.ShortenedFindings > 0)
            diagnostics.Add(new ScanDiagnostic
            {
                Level = DiagnosticLevel.Warning,
                Code = "ReportTextLimit",
                Message = $"{engine.ShortenedFindings} finding(s) carry a shortened message ({RuleEngine.ShortenedMessageChars} characters) and one evidence entry: the findings' text reached the limit of {RuleEngine.DefaultMaxReportTextChars} characters per report (does a rule's message quote long values?)",
            });
        if (!inventory.Organization.IsKnown && needOrganization.Count > 0)
            diagnostics.Add(new ScanDiagnostic
            {
                Level = DiagnosticLevel.Warning,
                Code = "NoOrganizationContext",
                Message = $"no organization context (--org-id / --org-accounts / organization in {Configuration.ScannerConfigReader.DefaultFileName}): "
                    + $"{needOrganization.Count} rule(s) that compare accounts with the organization cannot decide and do not fire ({string.Join(", ", needOrganization)}); --require-org makes this an error",
            });

        IReadOnlyList<Finding> findings = engine.Findings;
        if (request.SuppressionsFile is not null || graph.Resources.Any(r => r.InlineSuppressions.Count > 0))
        {
            var entries = request.SuppressionsFile is null ? [] : SuppressionFileReader.Read(request.SuppressionsFile);
            var applier = new SuppressionApplier(entries, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), request.SuppressionsFile)
            {
                KnownRuleIds = loaded.AllIds,
                SelectedRuleIds = rules.Select(r => r.Id).ToList(),
                FindingsMemoryBudget = FindingsMemoryBudget,
            };
            var (suppressed, notes) = applier.Apply(findings, graph);
            // The marked copy replaces the engine's findings: a temporary file of them can go now.
            (findings as FindingStore)?.Dispose();
            findings = suppressed;
            diagnostics.AddRange(notes);
        }

        var report = new ScanReport
        {
            ToolVersion = ToolVersion,
            StartedAt = started,
            FinishedAt = time.GetUtcNow(),
            Sources = Sources(request),
            InputFiles = InputFiles(request),
            Rules = rules.Select(r => r.Descriptor).ToList(),
            Findings = findings,
            Diagnostics = diagnostics,
            InventorySummary = CountByKind(graph.Resources),
            Accounts = inventory.Accounts,
            Regions = inventory.Regions,
            OrganizationId = inventory.Organization.OrganizationId,
        };
        ct.ThrowIfCancellationRequested();
        if (request.BaselineFile is not null)
        {
            report = BaselineComparer.Apply(report, BaselineReader.Read(request.BaselineFile), FindingsMemoryBudget);
            (findings as FindingStore)?.Dispose(); // replaced by the compared copy
        }
        ct.ThrowIfCancellationRequested();
        return new ScanOutcome(report, inventory);
    }

    /// <summary>One note per rule with undecided resources (rules in ordinal order), naming the first five.</summary>
    private static List<ScanDiagnostic> UndecidedNotes(EngineResult engine)
    {
        var byRule = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (ruleId, resourceKey) in engine.Undecided)
        {
            if (!byRule.TryGetValue(ruleId, out var keys)) byRule[ruleId] = keys = [];
            keys.Add(resourceKey);
        }
        var ruleIds = byRule.Keys.ToArray();
        Array.Sort(ruleIds, StringComparer.Ordinal);
        var notes = new List<ScanDiagnostic>(ruleIds.Length);
        foreach (var ruleId in ruleIds)
        {
            var keys = byRule[ruleId];
            notes.Add(new ScanDiagnostic
            {
                Level = DiagnosticLevel.Note,
                Code = "UndecidedUnknownValues",
                Message = $"{ruleId}: {keys.Count} resource(s) could not be decided because values are unknown (until apply, or without organization context): {string.Join(", ", keys.GetRange(0, Math.Min(5, keys.Count)))}{(keys.Count > 5 ? ", …" : "")}",
            });
        }
        return notes;
    }

    private static IReadOnlyList<string> InputFiles(ScanRequest request)
    {
        var files = new List<string>();
        foreach (var group in (IReadOnlyList<string>[])[request.TerraformPlans, request.CloudFormationTemplates, request.Inventories])
            foreach (var f in group)
                files.Add(f == InputPath.StandardInput ? InputPath.StandardInputName : f);
        foreach (var d in request.Documents) files.Add(d.DisplayPath);
        return files;
    }

    /// <summary>Resources per kind, the kinds in ordinal order.</summary>
    private static SortedDictionary<string, int> CountByKind(IReadOnlyList<Resource> resources)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in resources) counts[r.Kind] = counts.GetValueOrDefault(r.Kind) + 1;
        return counts;
    }

    private static IReadOnlyList<string> Sources(ScanRequest r)
    {
        var s = new List<string>();
        if (r.TerraformPlans.Count > 0 || r.Documents.Any(d => d.Kind == ScanDocumentKind.TerraformPlan)) s.Add("terraform");
        if (r.CloudFormationTemplates.Count > 0 || r.Documents.Any(d => d.Kind == ScanDocumentKind.CloudFormationTemplate)) s.Add("cloudformation");
        if (r.Inventories.Count > 0 || r.Documents.Any(d => d.Kind == ScanDocumentKind.InventorySnapshot)) s.Add("inventory");
        if (r.LiveCollection is not null) s.Add("aws");
        return s;
    }
}
