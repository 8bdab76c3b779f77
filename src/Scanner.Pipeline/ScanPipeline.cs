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
    public static string ToolVersion { get; } =
        typeof(ScanPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public async Task<ScanOutcome> RunAsync(ScanRequest request, CancellationToken ct)
    {
        var started = time.GetUtcNow();
        var rules = LoadRules(request);
        var inventory = await CollectAsync(request, ct);
        return Evaluate(request, rules, inventory, started);
    }

    /// <summary>Only collects (for <c>latticescan collect</c>).</summary>
    public Task<InventorySnapshot> CollectOnlyAsync(ScanRequest request, CancellationToken ct) => CollectAsync(request, ct);

    public static IReadOnlyList<CompiledRule> LoadRules(ScanRequest request)
    {
        var set = new RuleLoader().Load(request.RuleDirectories, request.RuleTexts);
        if (!set.IsValid) throw new RuleSetInvalidException(set.Errors);
        var (rules, error) = request.Selection.Apply(set.Rules);
        if (error is not null) throw new InputException("rule selection", error);
        return rules;
    }

    private async Task<InventorySnapshot> CollectAsync(ScanRequest request, CancellationToken ct)
    {
        var collector = new InputCollector
        {
            TerraformSourceDirectory = request.TerraformSourceDirectory,
            CloudFormationParameters = request.CloudFormationParameters,
        };
        var parts = new List<InventorySnapshot>();
        foreach (var plan in InputCollector.ExpandPlans(request.TerraformPlans))
        {
            ct.ThrowIfCancellationRequested();
            parts.Add(FromCollection(collector.TerraformFile(plan)));
        }
        foreach (var template in InputCollector.ExpandTemplates(request.CloudFormationTemplates))
        {
            ct.ThrowIfCancellationRequested();
            parts.Add(FromCollection(collector.CloudFormationFile(template)));
        }
        foreach (var snapshot in request.Inventories) parts.Add(InventorySnapshotReader.ReadFile(snapshot));
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

    private static InventorySnapshot FromCollection(CollectionResult c) => new() { Resources = c.Resources, Diagnostics = c.Diagnostics };

    public ScanOutcome Evaluate(ScanRequest request, IReadOnlyList<CompiledRule> rules, InventorySnapshot inventory, DateTimeOffset started)
    {
        var graph = new InventoryGraph(inventory.Resources);
        var engine = new RuleEngine().Evaluate(graph, rules, inventory.Organization);
        var diagnostics = inventory.Diagnostics.ToList();
        diagnostics.AddRange(UndecidedNotes(engine));
        if (!inventory.Organization.IsKnown && rules.Count > 0)
            diagnostics.Add(new ScanDiagnostic
            {
                Level = "note",
                Code = "NoOrganizationContext",
                Message = "no organization accounts were given (--org-id / --org-accounts / .latticescan.yaml): rules that compare accounts with the organization cannot decide and do not fire",
            });

        IReadOnlyList<Finding> findings = engine.Findings;
        if (request.SuppressionsFile is not null || graph.Resources.Any(r => r.InlineSuppressions.Count > 0))
        {
            var entries = request.SuppressionsFile is null ? [] : SuppressionFileReader.Read(request.SuppressionsFile);
            var (suppressed, notes) = new SuppressionApplier(entries, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), request.SuppressionsFile).Apply(findings, graph);
            findings = suppressed;
            diagnostics.AddRange(notes);
        }

        var report = new ScanReport
        {
            ToolVersion = ToolVersion,
            StartedAt = started,
            FinishedAt = time.GetUtcNow(),
            Sources = Sources(request),
            InputFiles = [.. request.TerraformPlans, .. request.CloudFormationTemplates, .. request.Inventories, .. request.Documents.Select(d => d.DisplayPath)],
            Rules = rules.Select(r => r.Descriptor).ToList(),
            Findings = findings,
            Diagnostics = diagnostics,
            InventorySummary = graph.Resources.GroupBy(r => r.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            Accounts = inventory.Accounts,
            Regions = inventory.Regions,
            OrganizationId = inventory.Organization.OrganizationId,
        };
        if (request.BaselineFile is not null) report = BaselineComparer.Apply(report, BaselineReader.Read(request.BaselineFile));
        return new ScanOutcome(report, inventory);
    }

    private static IEnumerable<ScanDiagnostic> UndecidedNotes(EngineResult engine) =>
        engine.Undecided.GroupBy(u => u.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new ScanDiagnostic
        {
            Level = "note",
            Code = "UndecidedUnknownValues",
            Message = $"{g.Key}: {g.Count()} resource(s) could not be decided because values are unknown (until apply, or without organization context): {string.Join(", ", g.Take(5).Select(x => x.ResourceKey))}{(g.Count() > 5 ? ", …" : "")}",
        });

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
