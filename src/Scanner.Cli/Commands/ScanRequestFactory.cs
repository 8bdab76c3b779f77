using System.CommandLine;
using Scanner.Collectors.Aws;
using Scanner.Core.Collection;
using Scanner.Core.Findings;
using Scanner.Pipeline;
using Scanner.Pipeline.Configuration;

namespace Scanner.Cli.Commands;

/// <summary>Turns parsed flags and the config file into a <see cref="ScanRequest"/>; flags win over the file.</summary>
internal static class ScanRequestFactory
{
    /// <summary>The published pages of the bundled rules (docs/rules/&lt;id&gt;.md); other rules use their own help_uri.</summary>
    public const string BundledRuleHelpUriBase = "https://github.com/latticescan/latticescan/blob/main/docs/rules/";

    /// <param name="snapshots">merge: the snapshots given as arguments (the input flags are not merge's).</param>
    public static (ScanRequest Request, ScannerConfig Config) Create(ParseResult p, ScanOptions o, bool requireRules = true, IReadOnlyList<string>? snapshots = null)
    {
        var config = LoadConfig(p.GetValue(o.Config));
        var plans = Values(p, o.TerraformPlan);
        var templates = Values(p, o.CloudFormation);
        var inventories = snapshots?.ToArray() ?? Values(p, o.Inventory);
        var aws = Flag(p, o.Aws);
        if (plans.Length == 0 && templates.Length == 0 && inventories.Length == 0 && !aws)
            throw new CliError("nothing to scan: give --terraform-plan, --cloudformation, --inventory or --aws");
        if (!aws && (Flag(p, o.Org) || Optional(p, o.Regions) is not null || Optional(p, o.Profile) is not null))
            throw new CliError("--org, --regions and --profile need --aws");

        var rulesDirs = new List<string>();
        var noBundled = Flag(p, o.NoBundledRules);
        var bundled = requireRules && !noBundled
            ? BundledRules.Directory ?? throw new CliError("the bundled rules folder was not found beside the executable; give --rules DIR")
            : null;
        if (bundled is not null) rulesDirs.Add(bundled);
        rulesDirs.AddRange(config.RuleFolders);
        if (p.CommandResult.Command.Options.Contains(o.Rules)) rulesDirs.AddRange(p.GetValue(o.Rules) ?? []);

        var overrides = new Dictionary<string, Severity>(config.SeverityOverrides);
        var selection = new RuleSelection
        {
            Include = [.. config.IncludeRules, .. Values(p, o.Rule)],
            Skip = [.. config.SkipRules, .. Values(p, o.SkipRule)],
            Tags = [.. config.Tags, .. Values(p, o.Tag)],
            Frameworks = Values(p, o.Compliance),
            SeverityOverrides = overrides,
        };
        var orgAccounts = new List<string>(config.OrganizationAccounts);
        if (p.GetValue(o.OrgAccounts) is { } accounts) orgAccounts.AddRange(AccountList.FromArgument(accounts));

        var request = new ScanRequest
        {
            TerraformPlans = plans,
            TerraformSourceDirectory = Optional(p, o.TfSource),
            CloudFormationTemplates = templates,
            CloudFormationParameters = Parameters(Values(p, o.CfnParameter)),
            Inventories = inventories,
            LiveCollection = aws ? LiveCollection.For(AwsOptions(p, o)) : null,
            RuleDirectories = rulesDirs,
            Selection = selection,
            OrganizationId = p.GetValue(o.OrgId) ?? config.OrganizationId,
            OrganizationAccounts = orgAccounts,
            SuppressionsFile = Optional(p, o.Suppressions) ?? config.SuppressionsFile,
            BaselineFile = Optional(p, o.Baseline),
            RequireOrganization = Flag(p, o.RequireOrg),
            BundledRuleDirectory = bundled,
            BundledRuleHelpUriBase = BundledRuleHelpUriBase,
        };
        return (request, config);
    }

    private static AwsScanOptions AwsOptions(ParseResult p, ScanOptions o)
    {
        var concurrency = p.GetValue(o.MaxConcurrency);
        if (concurrency < 1) throw new CliError("--max-concurrency must be at least 1");
        return new AwsScanOptions
        {
            Profile = p.GetValue(o.Profile),
            Regions = Csv(p.GetValue(o.Regions)),
            Organization = p.GetValue(o.Org),
            OrganizationalUnits = Csv(p.GetValue(o.Ou)),
            Accounts = Csv(p.GetValue(o.Accounts)),
            ExcludeAccounts = Csv(p.GetValue(o.ExcludeAccounts)),
            RoleName = p.GetValue(o.RoleName) ?? "LatticeScanReadOnly",
            ExternalId = p.GetValue(o.ExternalId),
            MaxConcurrency = concurrency,
            Shard = ParseShard(p.GetValue(o.Shard)),
            Verbose = p.GetValue(o.Verbose),
            Log = Console.Error,
        };
    }

    private static Dictionary<string, string> Parameters(string[] pairs)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0) throw new CliError($"--cfn-parameter '{pair}' must be NAME=VALUE");
            result[pair[..eq]] = pair[(eq + 1)..];
        }
        return result;
    }

    public static (int Index, int Count)? ParseShard(string? text)
    {
        if (text is null) return null;
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out var i) && int.TryParse(parts[1], out var n) && n >= 1 && i >= 0 && i < n) return (i, n);
        throw new CliError($"--shard '{text}' must be I/N with 0 <= I < N (e.g. 0/4)");
    }

    private static ScannerConfig LoadConfig(string? path)
    {
        if (path is not null) return File.Exists(path) ? ScannerConfigReader.Read(path) : throw new InputException(path, "config file not found");
        return File.Exists(ScannerConfigReader.DefaultFileName) ? ScannerConfigReader.Read(ScannerConfigReader.DefaultFileName) : ScannerConfig.Empty;
    }

    private static string? Optional(ParseResult p, Option<string?> option) => p.CommandResult.Command.Options.Contains(option) ? p.GetValue(option) : null;

    private static string[] Values(ParseResult p, Option<string[]> option) => p.CommandResult.Command.Options.Contains(option) ? p.GetValue(option) ?? [] : [];

    private static bool Flag(ParseResult p, Option<bool> option) => p.CommandResult.Command.Options.Contains(option) && p.GetValue(option);

    private static IReadOnlyList<string> Csv(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
