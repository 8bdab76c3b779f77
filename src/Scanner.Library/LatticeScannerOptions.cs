using Scanner.Pipeline;
using Scanner.Rules;
using Scanner.Rules.Operators;

namespace Scanner.Library;

/// <summary>What a <see cref="LatticeScanner"/> judges with: rules, organization context, suppressions and baseline.</summary>
public sealed record LatticeScannerOptions
{
    /// <summary>Use the rules that ship with LatticeScan (embedded; see <see cref="BundledRuleSet"/>). Default true.</summary>
    public bool IncludeBundledRules { get; init; } = true;

    /// <summary>Folders of custom rule files, loaded beside the bundled ones; ids must be unique across all.</summary>
    public IReadOnlyList<string> RuleDirectories { get; init; } = [];

    /// <summary>Custom rules held in memory.</summary>
    public IReadOnlyList<RuleText> RuleTexts { get; init; } = [];

    /// <summary>
    /// Condition operators of your own, usable by any rule beside the built-in ones (<c>rules/README.md</c>): derive
    /// from <see cref="Scanner.Rules.Operators.ElementOperator"/> (tests each selected value) or
    /// <see cref="Scanner.Rules.Operators.CollectionOperator"/> (tests the selection as a whole), give it a name of
    /// lower-case words joined by <c>_</c> that no operator or condition keyword has, and validate its argument.
    /// </summary>
    public IReadOnlyList<RuleOperator> Operators { get; init; } = [];

    /// <summary>Which rules run (ids, skipped ids, tags) and severity overrides; naming an unknown id is an error.</summary>
    public RuleSelection Selection { get; init; } = new();

    /// <summary>The organization (<c>o-…</c>) the scanned accounts belong to; live scans read it from AWS Organizations.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>The organization's account ids, for IaC scans: rules about sharing outside the organization need them.</summary>
    public IReadOnlyList<string> OrganizationAccounts { get; init; } = [];

    /// <summary>A suppressions file (docs: README "Living with accepted findings").</summary>
    public string? SuppressionsFile { get; init; }

    /// <summary>An earlier SARIF or JSON report: findings are marked new, unchanged or absent against it.</summary>
    public string? BaselineFile { get; init; }

    /// <summary>Terraform <c>.tf</c> sources, for file:line locations of plan findings.</summary>
    public string? TerraformSourceDirectory { get; init; }

    /// <summary>CloudFormation parameter values, pseudo parameters (<c>AWS::AccountId</c>) included.</summary>
    public IReadOnlyDictionary<string, string> CloudFormationParameters { get; init; } = new Dictionary<string, string>();

    /// <summary>The clock reports are stamped with; default the system clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
