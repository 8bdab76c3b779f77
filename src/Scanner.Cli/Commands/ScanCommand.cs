using System.CommandLine;
using Scanner.Core.Findings;
using Scanner.Pipeline;
using Scanner.Reporting;
using Scanner.Reporting.Html;
using Scanner.Reporting.Markdown;

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
        AsffTargetFactory.CheckFlags(p.GetValue(o.AsffAccount), p.GetValue(o.AsffRegion));

        var outcome = await new ScanPipeline(TimeProvider.System).RunAsync(request, ct);
        var report = outcome.Report;
        WriteOutputs(p, o, outcome, threshold);
        return ExitPolicy.Decide(report, threshold, p.GetValue(o.FailOnNewOnly), p.GetValue(o.AllowPartial));
    }

    private static void WriteOutputs(ParseResult p, ScanOptions o, ScanOutcome outcome, string threshold)
    {
        var report = outcome.Report;
        var failing = ReportThreshold.From(threshold, p.GetValue(o.FailOnNewOnly));
        var options = new ReportOptions
        {
            RepositoryRoot = Path.GetFullPath(p.GetValue(o.RepoRoot) ?? Environment.CurrentDirectory),
            HelpUriBase = "https://github.com/latticescan/latticescan/blob/main/docs/rules/",
            IncludeSuppressedInSarif = p.GetValue(o.SarifSuppressed) != "omit",
        };
        var asffTarget = p.GetValue(o.Asff) is not null || p.GetValue(o.Format) == "asff"
            ? AsffTargetFactory.Resolve(p.GetValue(o.AsffAccount), p.GetValue(o.AsffRegion), report)
            : null;
        if (p.GetValue(o.Sarif) is { } sarif) AtomicFile.Write(sarif, s => new SarifReportWriter(options).Write(report, s));
        if (p.GetValue(o.Json) is { } json) AtomicFile.Write(json, s => new JsonReportWriter(options).Write(report, s));
        if (p.GetValue(o.Junit) is { } junit) AtomicFile.Write(junit, s => new JunitReportWriter(options, failing).Write(report, s));
        if (p.GetValue(o.Html) is { } html)
        {
            var graph = SharingGraph.Build(outcome.Inventory.Resources, outcome.Inventory.Organization);
            AtomicFile.Write(html, s => new HtmlReportWriter(options, failing, graph).Write(report, s));
        }
        if (p.GetValue(o.Markdown) is { } md)
        {
            var summary = new MarkdownOptions { LinkBase = GitHubBlobBase(), FullReport = p.GetValue(o.Html) ?? p.GetValue(o.Json) ?? p.GetValue(o.Sarif) };
            AtomicFile.Write(md, s => new MarkdownReportWriter(options, failing, summary).Write(report, s));
        }
        if (p.GetValue(o.Asff) is { } asff) AtomicFile.Write(asff, s => new AsffReportWriter(options, asffTarget!).Write(report, s));
        switch (p.GetValue(o.Format))
        {
            case "json":
                WriteStdout(s => new JsonReportWriter(options).Write(report, s));
                break;
            case "sarif":
                WriteStdout(s => new SarifReportWriter(options).Write(report, s));
                break;
            case "asff":
                WriteStdout(s => new AsffReportWriter(options, asffTarget!).Write(report, s));
                break;
            default:
                var color = !Console.IsOutputRedirected && !p.GetValue(o.NoColor) && Environment.GetEnvironmentVariable("NO_COLOR") is null;
                new TerminalReportWriter(Console.Out, color).Write(report);
                break;
        }
    }

    /// <summary>In GitHub Actions, file links of the Markdown summary point at the commit being checked.</summary>
    private static string? GitHubBlobBase()
    {
        var (server, repo, sha) = (Environment.GetEnvironmentVariable("GITHUB_SERVER_URL"), Environment.GetEnvironmentVariable("GITHUB_REPOSITORY"), Environment.GetEnvironmentVariable("GITHUB_SHA"));
        return string.IsNullOrEmpty(server) || string.IsNullOrEmpty(repo) || string.IsNullOrEmpty(sha) ? null : $"{server.TrimEnd('/')}/{repo}/blob/{sha}/";
    }

    private static void WriteStdout(Action<Stream> write)
    {
        // Render fully first so a failure never leaves half a document on stdout.
        using var buffer = new MemoryStream();
        write(buffer);
        using var stdout = Console.OpenStandardOutput();
        buffer.Position = 0;
        buffer.CopyTo(stdout);
    }
}
