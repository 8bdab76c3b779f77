using System.CommandLine;
using Scanner.Reporting;

namespace Scanner.Cli.Commands;

/// <summary>The options of <c>scan</c> and <c>collect</c>: inputs, live collection, rules, organisation, outputs.</summary>
internal sealed class ScanOptions
{
    public Option<string[]> TerraformPlan { get; } = new("--terraform-plan") { Description = "Terraform plan JSON (terraform show -json); a folder scans its *.json files; - reads standard input. Repeatable.", CustomParser = CommonOptions.Texts };
    public Option<string?> TfSource { get; } = new("--tf-source") { Description = "Folder of the .tf sources, for file:line locations (default: the plan file's folder)." };
    public Option<string[]> CloudFormation { get; } = new("--cloudformation") { Description = "CloudFormation template (YAML or JSON); a folder scans its templates (other files are skipped with a note); - reads standard input. Repeatable.", CustomParser = CommonOptions.Texts };
    public Option<string[]> CfnParameter { get; } = new("--cfn-parameter") { Description = "NAME=VALUE for CloudFormation templates, e.g. AWS::AccountId=111111111111 or a template parameter (repeatable).", CustomParser = CommonOptions.Texts };
    public Option<string[]> Inventory { get; } = new("--inventory") { Description = "Inventory snapshot written by 'latticescan collect'; a folder reads its *.json files (repeatable; snapshots merge).", CustomParser = CommonOptions.Texts };

    public Option<bool> Aws { get; } = new("--aws") { Description = "Collect live from AWS (standard credential chain)." };
    public Option<string?> Profile { get; } = new("--profile") { Description = "AWS shared-config profile (SSO profiles supported)." };
    public Option<string?> Regions { get; } = new("--regions") { Description = "Comma-separated regions, or 'all' for every enabled region (default: the profile's / AWS_REGION)." };
    public Option<bool> Org { get; } = new("--org") { Description = "Scan every active account of the AWS Organization (assumes --role-name in each)." };
    public Option<string?> Ou { get; } = new("--ou") { Description = "With --org: only accounts under these OUs (comma-separated, recursive)." };
    public Option<string?> Accounts { get; } = new("--accounts") { Description = "With --org: only these accounts (comma-separated)." };
    public Option<string?> ExcludeAccounts { get; } = new("--exclude-accounts") { Description = "With --org: skip these accounts (comma-separated)." };
    public Option<string> RoleName { get; } = new("--role-name") { Description = "Role assumed in member accounts.", DefaultValueFactory = _ => "LatticeScanReadOnly" };
    public Option<string?> ExternalId { get; } = new("--external-id") { Description = "External id for AssumeRole." };
    public Option<int?> MaxConcurrency { get; } = new("--max-concurrency")
    {
        Description = "Cap on AWS requests in flight at once (default: none beyond a safety bound of 256; each account, region and API is paced to the rate AWS accepts).",
    };
    public Option<string?> Shard { get; } = new("--shard") { Description = "I/N: scan only shard I (0-based) of N, splitting accounts deterministically." };
    public Option<bool> AllowPartial { get; } = new("--allow-partial") { Description = "Exit by findings even when some account/region/API could not be read (instead of exit code 3)." };
    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Log every API call to stderr (never credentials)." };

    public Option<string[]> Rules { get; } = CommonOptions.Rules();
    public Option<bool> NoBundledRules { get; } = CommonOptions.NoBundledRules();
    public Option<string[]> Rule { get; } = new("--rule") { Description = "Run only this rule id (repeatable).", CustomParser = CommonOptions.Texts };
    public Option<string[]> SkipRule { get; } = new("--skip-rule") { Description = "Do not run this rule id (repeatable).", CustomParser = CommonOptions.Texts };
    public Option<string[]> Tag { get; } = new("--tag") { Description = "Run only rules with this tag (repeatable).", CustomParser = CommonOptions.Texts };
    public Option<string[]> Compliance { get; } = new("--compliance") { Description = "Run only rules mapped to this compliance framework: nist-800-53-r5 or iso-27001-2022 (repeatable).", CustomParser = CommonOptions.Texts };
    public Option<string?> Config { get; } = CommonOptions.Config();

    public Option<string?> OrgId { get; } = new("--org-id") { Description = "Organization id (o-…) for IaC scans." };
    public Option<string?> OrgAccounts { get; } = new("--org-accounts") { Description = "Organization member accounts: a comma-separated list, or a file with one per line." };

    public Option<string?> Sarif { get; } = new("--sarif") { Description = "Write SARIF 2.1.0 to this file ('-' for standard output; all outputs are replaced together or not at all)." };
    public Option<string?> Json { get; } = new("--json") { Description = "Write the JSON report to this file ('-' for standard output)." };
    public Option<string?> Asff { get; } = new("--asff") { Description = "Write AWS Security Finding Format (a JSON array for Security Hub BatchImportFindings, in batches of 100) to this file." };
    public Option<string?> AsffAccount { get; } = new("--asff-account") { Description = "ASFF: the Security Hub account findings are imported into (default: the scan's only account)." };
    public Option<string?> AsffRegion { get; } = new("--asff-region") { Description = "ASFF: the Security Hub Region (default: AWS_REGION, AWS_DEFAULT_REGION, or the scan's only Region)." };
    public Option<string?> Junit { get; } = new("--junit") { Description = "Write JUnit XML (a test suite per rule, a failure per finding at or above --fail-on) to this file." };
    public Option<string?> Markdown { get; } = new("--markdown") { Description = "Write a short Markdown summary (for $GITHUB_STEP_SUMMARY or a pull-request comment) to this file." };
    public Option<string?> Html { get; } = new("--html") { Description = "Write a self-contained HTML report (filterable findings, a drawn graph of each sharing chain) to this file." };
    public Option<string> Format { get; } = new("--format") { Description = "What to print on stdout: table, json, sarif or asff." };
    public Option<string?> FailOn { get; } = new("--fail-on") { Description = "Exit 1 when a finding is at or above: critical, high, medium, low, info, none (default high; any case)." };
    public Option<bool> FailOnNewOnly { get; } = new("--fail-on-new-only") { Description = "With --baseline: only new findings decide the exit code." };
    public Option<string?> Baseline { get; } = new("--baseline") { Description = "Previous SARIF or JSON report: mark findings new / unchanged / absent." };
    public Option<string?> Suppressions { get; } = new("--suppressions") { Description = "Suppressions file (rule, resource pattern, reason, owner, expiry)." };
    public Option<string?> RepoRoot { get; } = new("--repo-root") { Description = "Repository root that SARIF paths are relative to (default: the working directory)." };
    public Option<string> SarifSuppressed { get; } = new("--sarif-suppressed")
    {
        Description = "omit (default): leave suppressed findings out of SARIF (GitHub code scanning ignores 'suppressions' and would open alerts); include: write them with 'suppressions'.",
    };
    public Option<string> SarifAbsent { get; } = new("--sarif-absent")
    {
        Description = "With --baseline: include writes findings fixed since the baseline into SARIF (baselineState absent, kind pass, level none); omit (default) leaves them out.",
    };
    public Option<string?> SarifCategory { get; } = new("--sarif-category")
    {
        Description = "SARIF automationDetails.id (GitHub's analysis category; default: derived from the inputs); 'none' leaves it out so the uploader's category applies.",
    };
    public Option<bool> RequireOrg { get; } = new("--require-org") { Description = "Exit 2 when selected rules need organization context (--org-id / --org-accounts / config) and none is given." };
    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print no report on the terminal, only the one-line verdict and errors (files are still written)." };
    public Option<bool> NoColor { get; } = new("--no-color") { Description = "No colour on the terminal (also: NO_COLOR)." };
    public Option<string?> Output { get; } = new("--output") { Description = "Write the (collected or merged) inventory snapshot to this file." };

    /// <summary>Each report-file flag with the format it writes (scan and merge).</summary>
    public IReadOnlyList<(Option<string?> Flag, ReportFormat Format)> ReportFiles =>
    [
        (Sarif, ReportFormat.Sarif), (Json, ReportFormat.Json), (Junit, ReportFormat.Junit), (Markdown, ReportFormat.Markdown),
        (Html, ReportFormat.Html), (Asff, ReportFormat.Asff),
    ];

    /// <summary>The <c>--format</c> names with the format each prints on standard output (<c>table</c>: the summary).</summary>
    public static IReadOnlyList<(string Name, ReportFormat Format)> StandardOutputFormats { get; } =
        [("table", ReportFormat.Terminal), ("json", ReportFormat.Json), ("sarif", ReportFormat.Sarif), ("asff", ReportFormat.Asff)];

    public static readonly string[] Thresholds = ["critical", "high", "medium", "low", "info", "none"];

    public ScanOptions()
    {
        Choices.Restrict(Format, "table", [.. StandardOutputFormats.Select(f => f.Name)]);
        Choices.Restrict(FailOn, Thresholds);
        Choices.Restrict(SarifSuppressed, "omit", "include", "omit");
        Choices.Restrict(SarifAbsent, "omit", "include", "omit");
    }

    public IEnumerable<Option> ForScan() =>
    [
        TerraformPlan, TfSource, CloudFormation, CfnParameter, Inventory, Aws, Profile, Regions, Org, Ou, Accounts, ExcludeAccounts, RoleName,
        ExternalId, MaxConcurrency, Shard, AllowPartial, Verbose, Rules, NoBundledRules, Rule, SkipRule, Tag, Compliance, Config, OrgId,
        OrgAccounts, Sarif, Json, Asff, AsffAccount, AsffRegion, Junit, Markdown, Html, Format, FailOn, FailOnNewOnly, Baseline, Suppressions,
        RepoRoot, NoColor, SarifSuppressed, SarifAbsent, SarifCategory, RequireOrg, Quiet,
    ];

    /// <summary>merge: the snapshots are its arguments; everything that decides and writes a report is as for scan.</summary>
    public IEnumerable<Option> ForMerge() =>
    [
        Output, AllowPartial, Rules, NoBundledRules, Rule, SkipRule, Tag, Compliance, Config, OrgId, OrgAccounts, Sarif, Json, Asff, AsffAccount,
        AsffRegion, Junit, Markdown, Html, Format, FailOn, FailOnNewOnly, Baseline, Suppressions, RepoRoot, NoColor, SarifSuppressed, SarifAbsent,
        SarifCategory, RequireOrg, Quiet,
    ];

    public IEnumerable<Option> ForCollect() =>
    [
        TerraformPlan, TfSource, CloudFormation, CfnParameter, Inventory, Aws, Profile, Regions, Org, Ou, Accounts, ExcludeAccounts, RoleName,
        ExternalId, MaxConcurrency, Shard, AllowPartial, Verbose, Config, OrgId, OrgAccounts, Output,
    ];
}
