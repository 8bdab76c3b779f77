using System.CommandLine;
using Scanner.Collectors.Aws;
using Scanner.Core.Collection;
using Scanner.Core.Findings;
using Scanner.Pipeline;
using Scanner.Pipeline.Configuration;

namespace Scanner.Cli.Commands;

/// <summary>Turns parsed flags and the config file into a <see cref="ScanRequest"/>; flags win over the file.</summary>
internal static partial class ScanRequestFactory
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
        // Clearly invalid values are errors whatever the inputs; live-only flags without --aws are errors too,
        // rather than options a user believes in and the scan ignores.
        var shard = ParseShard(Optional(p, o.Shard));
        if (Given(p, o.MaxConcurrency) && p.GetValue(o.MaxConcurrency) < 1) throw new CliError("--max-concurrency must be at least 1");
        var regions = Regions(p, o);
        if (!aws && LiveOnly(o).FirstOrDefault(option => Given(p, option)) is { } liveOnly)
            throw new CliError($"{liveOnly.Name} applies to live scans only: add --aws, or drop it for Terraform, CloudFormation and inventory scans");
        var orgId = Optional(p, o.OrgId) ?? config.OrganizationId;
        if (orgId is not null && !OrganizationIdPattern().IsMatch(orgId))
            throw new CliError($"organization id '{Short(orgId)}' ({(Optional(p, o.OrgId) is null ? config.Path : "--org-id")}) must look like o-a1b2c3d4e5 (o- and 10 to 32 lowercase letters or digits)");

        var rulesDirs = new List<string>();
        var bundled = requireRules && !Flag(p, o.NoBundledRules) ? Scanner.Library.BundledRuleSet.Rules : [];
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
            LiveCollection = aws ? LiveCollection.For(AwsOptions(p, o, regions, shard)) : null,
            PrecompiledRules = bundled,
            RuleDirectories = rulesDirs,
            Selection = selection,
            OrganizationId = orgId,
            OrganizationAccounts = orgAccounts,
            SuppressionsFile = Optional(p, o.Suppressions) ?? config.SuppressionsFile,
            BaselineFile = Optional(p, o.Baseline),
            RequireOrganization = Flag(p, o.RequireOrg),
            BundledRuleHelpUriBase = BundledRuleHelpUriBase,
        };
        return (request, config);
    }

    private static IEnumerable<Option> LiveOnly(ScanOptions o) =>
        [o.Org, o.Regions, o.Profile, o.Ou, o.Accounts, o.ExcludeAccounts, o.RoleName, o.ExternalId, o.MaxConcurrency, o.Shard, o.Verbose];

    /// <summary>Whether the user typed the option (not just its default).</summary>
    private static bool Given(ParseResult p, Option option) => p.GetResult(option) is { Implicit: false };

    private static IReadOnlyList<string> Regions(ParseResult p, ScanOptions o)
    {
        if (Optional(p, o.Regions) is not { } text) return [];
        var regions = Csv(text);
        if (regions.Count == 0) throw new CliError("--regions is empty: give region names such as us-east-1,eu-west-1, or 'all'");
        foreach (var region in regions)
            if (!string.Equals(region, "all", StringComparison.OrdinalIgnoreCase) && !RegionPattern().IsMatch(region))
                throw new CliError($"--regions: '{Short(region)}' is not an AWS region name (e.g. us-east-1, ap-northeast-1, us-gov-west-1)");
        return regions;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$")]
    private static partial System.Text.RegularExpressions.Regex RegionPattern();

    [System.Text.RegularExpressions.GeneratedRegex("^o-[a-z0-9]{10,32}$")]
    private static partial System.Text.RegularExpressions.Regex OrganizationIdPattern();

    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private static AwsScanOptions AwsOptions(ParseResult p, ScanOptions o, IReadOnlyList<string> regions, (int, int)? shard)
    {
        var concurrency = p.GetValue(o.MaxConcurrency);
        return new AwsScanOptions
        {
            Profile = p.GetValue(o.Profile),
            Regions = regions,
            Organization = p.GetValue(o.Org),
            OrganizationalUnits = Csv(p.GetValue(o.Ou)),
            Accounts = Csv(p.GetValue(o.Accounts)),
            ExcludeAccounts = Csv(p.GetValue(o.ExcludeAccounts)),
            RoleName = p.GetValue(o.RoleName) ?? "LatticeScanReadOnly",
            ExternalId = p.GetValue(o.ExternalId),
            MaxConcurrency = concurrency,
            Shard = shard,
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
