using Scanner.Collectors.Aws;
using Scanner.Core.Findings;
using Scanner.Pipeline;
using Scanner.Rules;
using Scanner.Rules.Operators;

namespace Scanner.Library;

/// <summary>
/// LatticeScan's entry point for .NET hosts. <see cref="Create"/> loads and validates the rules once (every rule
/// valid, or <see cref="RuleSetInvalidException"/>); each scan then collects its inputs into one inventory, evaluates
/// the rules, and applies suppressions and the baseline.
/// </summary>
/// <example>
/// <code>
/// var scanner = LatticeScanner.Create(new LatticeScannerOptions { OrganizationAccounts = ["111111111111"] });
/// var result = scanner.Scan(ScanInput.TerraformPlan(json));
/// if (result.Gate() != GateVerdict.Pass) { ... }
/// </code>
/// </example>
public sealed class LatticeScanner
{
    private readonly LatticeScannerOptions _options;
    private readonly LoadedRules _rules;

    private LatticeScanner(LatticeScannerOptions options, LoadedRules rules)
    {
        _options = options;
        _rules = rules;
    }

    /// <summary>The selected rules, in id order.</summary>
    public IReadOnlyList<RuleDescriptor> Rules => _rules.Selected.Select(r => r.Descriptor).ToList();

    /// <summary>Loads, validates and selects the rules.</summary>
    /// <exception cref="RuleSetInvalidException">A rule file is invalid (each error names file:line:col).</exception>
    /// <exception cref="Scanner.Core.Collection.InputException">The selection names a rule id that does not exist.</exception>
    /// <exception cref="ArgumentException">An operator of <see cref="LatticeScannerOptions.Operators"/> has a malformed or taken name.</exception>
    public static LatticeScanner Create(LatticeScannerOptions? options = null)
    {
        options ??= new LatticeScannerOptions();
        var rules = ScanPipeline.LoadRules(Request(options, [], null));
        return new LatticeScanner(options, rules);
    }

    /// <summary>Scans offline inputs.</summary>
    /// <exception cref="Scanner.Core.Collection.InputException">An input cannot be read (the message names file:line:col).</exception>
    public ScanResult Scan(params ScanInput[] inputs) => ScanAsync(inputs).GetAwaiter().GetResult();

    /// <summary>Scans offline inputs.</summary>
    public Task<ScanResult> ScanAsync(IEnumerable<ScanInput> inputs, CancellationToken ct = default) => RunAsync(Request(_options, inputs.ToList(), null), ct);

    /// <summary>
    /// Collects live from AWS (one account, or the organization with <see cref="AwsScanOptions.Organization"/>) and
    /// scans the result. Accounts, Regions or APIs that could not be read are error diagnostics, and
    /// <see cref="ScanResult.IsComplete"/> is false.
    /// </summary>
    public Task<ScanResult> ScanLiveAsync(AwsScanOptions aws, CancellationToken ct = default) =>
        RunAsync(Request(_options, [], LiveInventory.For(aws)), ct);

    private async Task<ScanResult> RunAsync(ScanRequest request, CancellationToken ct)
    {
        var pipeline = new ScanPipeline(_options.Time);
        var started = _options.Time.GetUtcNow();
        var inventory = await pipeline.CollectOnlyAsync(request, ct);
        var outcome = pipeline.Evaluate(request, _rules, inventory, started, ct);
        return new ScanResult(outcome.Report, outcome.Inventory);
    }

    private static ScanRequest Request(LatticeScannerOptions o, IReadOnlyList<ScanInput> inputs, Func<CancellationToken, Task<Scanner.Pipeline.Snapshot.InventorySnapshot>>? live) => new()
    {
        TerraformPlans = Files(inputs, ScanDocumentKind.TerraformPlan),
        CloudFormationTemplates = Files(inputs, ScanDocumentKind.CloudFormationTemplate),
        Inventories = Files(inputs, ScanDocumentKind.InventorySnapshot),
        Documents = inputs.Where(i => i.Text is not null).Select(i => new ScanDocument(i.Kind, i.Text!, i.DisplayPath)).ToList(),
        LiveCollection = live,
        RuleDirectories = o.RuleDirectories,
        PrecompiledRules = o.IncludeBundledRules ? BundledRuleSet.Rules : [],
        RuleTexts = o.RuleTexts,
        Selection = o.Selection,
        Operators = OperatorRegistry.BuiltIn.With(o.Operators),
        OrganizationId = o.OrganizationId,
        OrganizationAccounts = o.OrganizationAccounts,
        SuppressionsFile = o.SuppressionsFile,
        BaselineFile = o.BaselineFile,
        TerraformSourceDirectory = o.TerraformSourceDirectory,
        CloudFormationParameters = o.CloudFormationParameters,
    };

    private static List<string> Files(IReadOnlyList<ScanInput> inputs, ScanDocumentKind kind) =>
        inputs.Where(i => i.Kind == kind && i.Path is not null).Select(i => i.Path!).ToList();
}
