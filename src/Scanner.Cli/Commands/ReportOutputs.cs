using System.CommandLine;
using Scanner.Core.Findings;
using Scanner.Pipeline;
using Scanner.Pipeline.Configuration;
using Scanner.Reporting;
using Scanner.Reporting.Markdown;
using Scanner.Reporting.Output;

namespace Scanner.Cli.Commands;

/// <summary>
/// What scan and merge do once a report exists: decide the gate, write the requested files and stdout, and print
/// the one-line verdict (at the end of the terminal report, or on stderr when stdout carries JSON or SARIF).
/// </summary>
internal static class ReportOutputs
{
    /// <summary>The threshold from --fail-on, else the config file's fail_on (any case), else high.</summary>
    public static string Threshold(ParseResult p, ScanOptions o, ScannerConfig config)
    {
        if (p.GetValue(o.FailOn) is { Length: > 0 } flag) return flag;
        if (config.FailOn is null) return ExitPolicy.DefaultThreshold;
        return Choices.Normalise(config.FailOn, ScanOptions.Thresholds)
            ?? throw new CliError($"fail_on '{config.FailOn}' in {config.Path} must be critical, high, medium, low, info or none");
    }

    /// <summary>
    /// Claims every output the flags name before any scanning, so a bad target (a folder, a device, an input, two
    /// outputs on one path) is exit 2 before work is done; <paramref name="extra"/> claims more (merge --output).
    /// </summary>
    public static OutputSet Claim(ParseResult p, ScanOptions o, ScanRequest request, ScannerConfig config, Action<OutputSet>? extra = null)
    {
        var outputs = CommandOutputs.For(request, config.Path, OrgAccountsFile(p, o));
        extra?.Invoke(outputs);
        foreach (var (flag, _) in o.ReportFiles) outputs.ClaimIfGiven(flag.Name, p.GetValue(flag));
        AsffTargetFactory.CheckFlags(p.GetValue(o.AsffAccount), p.GetValue(o.AsffRegion));
        if (PrintsReport(p, o)) outputs.ClaimStandardOutput("--format " + p.GetValue(o.Format));
        return outputs;
    }

    /// <summary>Whether a claimed output is a report drawn from the inventory as well as the findings (HTML).</summary>
    public static bool DrawsFromInventory(ParseResult p, ScanOptions o, OutputSet outputs) =>
        outputs.Targets.Any(t => FormatOf(t, p, o) == ReportFormat.Html);

    /// <summary>Whether any report is asked for: a report-file flag, or <c>--format</c> given explicitly (merge).</summary>
    public static bool AnyReport(ParseResult p, ScanOptions o) =>
        o.ReportFiles.Any(r => p.GetValue(r.Flag) is not null) || p.GetResult(o.Format) is { Implicit: false };

    /// <summary>Standard output carries a report (<c>--format</c> other than the <c>table</c> summary).</summary>
    private static bool PrintsReport(ParseResult p, ScanOptions o) => StandardOutputFormat(p, o) != ReportFormat.Terminal;

    private static ReportFormat StandardOutputFormat(ParseResult p, ScanOptions o) =>
        ScanOptions.StandardOutputFormats.Single(f => f.Name == p.GetValue(o.Format)).Format;

    /// <summary>The format a claimed target was claimed for (its flag, or <c>--format NAME</c>).</summary>
    private static ReportFormat FormatOf(OutputTarget target, ParseResult p, ScanOptions o) =>
        target.Option.StartsWith("--format ", StringComparison.Ordinal)
            ? StandardOutputFormat(p, o)
            : o.ReportFiles.Single(r => r.Flag.Name == target.Option).Format;

    private static IEnumerable<string> OrgAccountsFile(ParseResult p, ScanOptions o) =>
        p.GetValue(o.OrgAccounts) is { } accounts && File.Exists(accounts) ? [accounts] : [];

    /// <summary>
    /// Writes all claimed outputs in one commit (all or none), then the terminal summary or the verdict line, and
    /// returns the exit code. <paramref name="extra"/> renders targets other than reports (merge --output).
    /// </summary>
    public static int Finish(ParseResult p, ScanOptions o, ScanOutcome outcome, string threshold, OutputSet outputs, CancellationToken ct,
        Func<OutputTarget, Action<Stream>?>? extra = null)
    {
        var report = outcome.Report;
        var gate = ExitPolicy.Judge(report, threshold, p.GetValue(o.FailOnNewOnly), p.GetValue(o.AllowPartial));
        var options = new ReportOptions
        {
            RepositoryRoot = Path.GetFullPath(p.GetValue(o.RepoRoot) ?? Environment.CurrentDirectory),
            WorkingDirectory = Environment.CurrentDirectory,
            IncludeSuppressedInSarif = p.GetValue(o.SarifSuppressed) == "include",
            IncludeAbsentInSarif = p.GetValue(o.SarifAbsent) == "include",
            AutomationId = p.GetValue(o.SarifCategory) is { } c && !IsNone(c) ? c : null,
            OmitAutomationDetails = p.GetValue(o.SarifCategory) is { } n && IsNone(n),
        };
        var formats = outputs.Targets.Select(t => extra?.Invoke(t) is null ? FormatOf(t, p, o) : (ReportFormat?)null).ToList();
        var context = new ReportContext
        {
            Options = options,
            Threshold = ReportThreshold.From(threshold, p.GetValue(o.FailOnNewOnly)),
            Markdown = new MarkdownOptions
            {
                LinkBase = GitHubBlobBase(),
                FullReport = p.GetValue(o.Html) ?? p.GetValue(o.Json) ?? p.GetValue(o.Sarif),
            },
            AsffTarget = formats.Contains(ReportFormat.Asff)
                ? AsffTargetFactory.Resolve(p.GetValue(o.AsffAccount), p.GetValue(o.AsffRegion), report)
                : null,
            Resources = outcome.Inventory.Resources,
            Organization = outcome.Inventory.Organization,
        };
        outputs.Commit(target => extra?.Invoke(target) ?? (s => ReportWriters.Create(FormatOf(target, p, o), context).Write(report, s)), ct);
        if (PrintsReport(p, o))
        {
            Console.Error.WriteLine("latticescan: " + gate.Summary(report));
            return ExitPolicy.ExitCode(gate);
        }
        // The summary goes to standard output unless a report claimed it (--sarif - / --json -): then to stderr.
        var toStderr = outputs.WritesStandardOutput;
        var writer = toStderr ? Console.Error : Console.Out;
        try
        {
            if (p.GetValue(o.Quiet))
            {
                foreach (var d in report.Diagnostics.Where(d => d.Level is DiagnosticLevel.Error or DiagnosticLevel.Warning))
                    Console.Error.WriteLine($"latticescan: {d.Level.ToName()}: {d.Code}: {d.Message}");
                writer.WriteLine(gate.Summary(report));
            }
            else
            {
                var redirected = toStderr ? Console.IsErrorRedirected : Console.IsOutputRedirected;
                var color = !redirected && !p.GetValue(o.NoColor) && Environment.GetEnvironmentVariable("NO_COLOR") is null;
                new TerminalReportWriter(color, gate).Write(report, writer);
            }
            writer.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A closed standard output reports EBADF as "access denied"; either way it is not a defect.
            throw new CliError("cannot write the summary to standard output: " + e.Message);
        }
        return ExitPolicy.ExitCode(gate);
    }

    /// <summary>In GitHub Actions, file links of the Markdown summary point at the commit being checked.</summary>
    private static string? GitHubBlobBase()
    {
        var (server, repo, sha) = (Environment.GetEnvironmentVariable("GITHUB_SERVER_URL"), Environment.GetEnvironmentVariable("GITHUB_REPOSITORY"), Environment.GetEnvironmentVariable("GITHUB_SHA"));
        return string.IsNullOrEmpty(server) || string.IsNullOrEmpty(repo) || string.IsNullOrEmpty(sha) ? null : $"{server.TrimEnd('/')}/{repo}/blob/{sha}/";
    }

    private static bool IsNone(string category) => category.Length == 0 || category.Equals("none", StringComparison.OrdinalIgnoreCase);
}
