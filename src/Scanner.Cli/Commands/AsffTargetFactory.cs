using System.Text.RegularExpressions;
using Scanner.Core.Aws;
using Scanner.Core.Findings;
using Scanner.Reporting.Asff;

namespace Scanner.Cli.Commands;

/// <summary>
/// The Security Hub account and Region ASFF findings are imported into: <c>--asff-account</c> /
/// <c>--asff-region</c>; else the scan's only account, and AWS_REGION / AWS_DEFAULT_REGION or the scan's only
/// Region. An IaC scan has no account of its own, so it needs <c>--asff-account</c>.
/// </summary>
internal static partial class AsffTargetFactory
{
    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-[0-9]+$")]
    private static partial Regex RegionName();

    /// <summary>Checks explicit flags before anything is collected, so a typo costs no scan.</summary>
    public static void CheckFlags(string? account, string? region)
    {
        if (account is not null && !AccountId.IsValid(account)) throw new CliError($"--asff-account '{account}' must be a 12-digit AWS account id");
        if (region is not null && !RegionName().IsMatch(region)) throw new CliError($"--asff-region '{region}' is not an AWS Region name (like us-east-1)");
    }

    public static AsffTarget Resolve(string? account, string? region, ScanReport report)
    {
        CheckFlags(account, region);
        account ??= report.Accounts.Count == 1 ? report.Accounts[0]
            : throw new CliError(report.Accounts.Count == 0
                ? "ASFF output needs --asff-account: the Security Hub account the findings are imported into (an IaC scan has no account of its own)"
                : $"ASFF output needs --asff-account: the scan covered {report.Accounts.Count} accounts; name the Security Hub account the findings are imported into");
        region ??= Environment.GetEnvironmentVariable("AWS_REGION") is { Length: > 0 } r ? r
            : Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION") is { Length: > 0 } d ? d
            : report.Regions.Count == 1 ? report.Regions[0]
            : throw new CliError("ASFF output needs --asff-region (or AWS_REGION): the Security Hub Region the findings are imported into");
        if (!RegionName().IsMatch(region)) throw new CliError($"ASFF Region '{region}' (from the environment) is not an AWS Region name; give --asff-region");
        return new AsffTarget(account, region);
    }
}
