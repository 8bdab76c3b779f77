using System.CommandLine;
using Scanner.Core.Findings;
using Scanner.Pipeline;
using Scanner.Reporting;
using Scanner.Reporting.Output;

namespace Scanner.Cli.Commands;

/// <summary><c>latticescan scan</c>: collect, evaluate, report, and exit by the CI-gate policy.</summary>
internal static class ScanCommand
{
    public static Command Create()
    {
        var o = new ScanOptions();
        var command = new Command("scan", "Scan Terraform plans, CloudFormation templates, inventory snapshots or live AWS accounts and report findings.");
        foreach (var option in o.ForScan()) command.Options.Add(option);
        command.SetAction((p, ct) => CommandRunner.RunAsync(() => RunAsync(p, o, ct)));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult p, ScanOptions o, CancellationToken ct)
    {
        var (request, config) = ScanRequestFactory.Create(p, o);
        var threshold = p.GetValue(o.FailOn) ?? config.FailOn ?? ExitPolicy.DefaultThreshold;
        if (threshold is not ("critical" or "high" or "medium" or "low" or "info" or "none"))
            throw new CliError($"fail_on '{threshold}' in {config.Path} must be critical, high, medium, low, info or none");
        if (p.GetValue(o.FailOnNewOnly) && request.BaselineFile is null) throw new CliError("--fail-on-new-only needs --baseline");

        var outputs = CommandOutputs.For(request, config.Path, OrgAccountsFile(p, o));
        outputs.ClaimIfGiven("--sarif", p.GetValue(o.Sarif));
        outputs.ClaimIfGiven("--json", p.GetValue(o.Json));
        var format = p.GetValue(o.Format);
        var stdoutReport = format is "json" or "sarif" ? outputs.ClaimStandardOutput("--format " + format) : null;

        var outcome = await new ScanPipeline(TimeProvider.System).RunAsync(request, ct);
        var report = outcome.Report;
        WriteOutputs(p, o, report, outputs, stdoutReport, ct);
        return ExitPolicy.Decide(report, threshold, p.GetValue(o.FailOnNewOnly), p.GetValue(o.AllowPartial));
    }

    private static IEnumerable<string> OrgAccountsFile(ParseResult p, ScanOptions o) =>
        p.GetValue(o.OrgAccounts) is { } accounts && File.Exists(accounts) ? [accounts] : [];

    private static void WriteOutputs(ParseResult p, ScanOptions o, ScanReport report, OutputSet outputs,
        OutputTarget? stdoutReport, CancellationToken ct)
    {
        var options = new ReportOptions
        {
            RepositoryRoot = Path.GetFullPath(p.GetValue(o.RepoRoot) ?? Environment.CurrentDirectory),
            HelpUriBase = "https://github.com/latticescan/latticescan/blob/main/docs/rules/",
            IncludeSuppressedInSarif = p.GetValue(o.SarifSuppressed) != "omit",
        };
        outputs.Commit(target => target.Option is "--sarif" or "--format sarif"
            ? s => new SarifReportWriter(options).Write(report, s)
            : s => new JsonReportWriter(options).Write(report, s), ct);
        if (stdoutReport is not null) return;
        // The table goes to standard output unless a report claimed it (--sarif - / --json -): then to stderr.
        var toStderr = outputs.WritesStandardOutput;
        var redirected = toStderr ? Console.IsErrorRedirected : Console.IsOutputRedirected;
        var color = !redirected && !p.GetValue(o.NoColor) && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        try
        {
            var writer = toStderr ? Console.Error : Console.Out;
            new TerminalReportWriter(writer, color).Write(report);
            writer.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A closed standard output reports EBADF as "access denied"; either way it is not a defect.
            throw new CliError("cannot write the summary to standard output: " + e.Message);
        }
    }
}
