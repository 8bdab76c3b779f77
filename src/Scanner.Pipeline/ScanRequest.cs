using Scanner.Pipeline.Snapshot;

namespace Scanner.Pipeline;

/// <summary>Everything one scan needs: its inputs, rules, organisation, suppressions and baseline.</summary>
public sealed record ScanRequest
{
    public IReadOnlyList<string> TerraformPlans { get; init; } = [];
    public string? TerraformSourceDirectory { get; init; }
    public IReadOnlyList<string> CloudFormationTemplates { get; init; } = [];
    /// <summary>Template parameter values (<c>--cfn-parameter NAME=VALUE</c>), pseudo parameters included.</summary>
    public IReadOnlyDictionary<string, string> CloudFormationParameters { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> Inventories { get; init; } = [];
    /// <summary>Inputs held in memory, collected after the files.</summary>
    public IReadOnlyList<ScanDocument> Documents { get; init; } = [];
    /// <summary>Live collection (the CLI wires the AWS collector here); null for offline scans.</summary>
    public Func<CancellationToken, Task<InventorySnapshot>>? LiveCollection { get; init; }
    public required IReadOnlyList<string> RuleDirectories { get; init; }
    /// <summary>Rules already compiled (the bundled set), taken first; ids are unique across them and all others.</summary>
    public IReadOnlyList<Scanner.Rules.CompiledRule> PrecompiledRules { get; init; } = [];
    /// <summary>Rule files held in memory, loaded with those of <see cref="RuleDirectories"/>.</summary>
    public IReadOnlyList<Scanner.Rules.RuleText> RuleTexts { get; init; } = [];
    public RuleSelection Selection { get; init; } = new();

    /// <summary>The operators rule conditions may use: the built-in ones, plus any a host registered.</summary>
    public Scanner.Rules.Operators.OperatorRegistry Operators { get; init; } = Scanner.Rules.Operators.OperatorRegistry.BuiltIn;
    public string? OrganizationId { get; init; }
    public IReadOnlyList<string> OrganizationAccounts { get; init; } = [];
    public string? SuppressionsFile { get; init; }
    public string? BaselineFile { get; init; }
    /// <summary>Exit 2 instead of warning when the selected rules need organization context and none was given.</summary>
    public bool RequireOrganization { get; init; }

    /// <summary>
    /// Whether the outcome keeps the inventory's resources (true, the default). A caller that only writes reports
    /// from the findings sets false: the resources are let go before the heap is compacted after evaluation, so the
    /// reports are written in the memory they held. The outcome's inventory then keeps its organization, accounts,
    /// regions and diagnostics, with no resources.
    /// </summary>
    public bool KeepResources { get; init; } = true;
    /// <summary>
    /// Base address of the pages of the rules that ship with the scanner (<see cref="PrecompiledRules"/>) of the bundled rules' pages (<c>…/docs/rules/</c>); rule id + <c>.md</c> is appended.</summary>
    public string? BundledRuleHelpUriBase { get; init; }
    /// <summary>Reads standard input, for an input given as <c>-</c> (default: the process's standard input).</summary>
    public Func<string> ReadStandardInput { get; init; } = () => Console.In.ReadToEnd();
}
