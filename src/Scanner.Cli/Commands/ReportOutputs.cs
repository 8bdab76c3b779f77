using System.CommandLine;
using Scanner.Core.Findings;
using Scanner.Pipeline.Configuration;
using Scanner.Reporting;

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

    public static int Finish(ParseResult p, ScanOptions o, ScanReport report, string threshold)
    {
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
        if (p.GetValue(o.Sarif) is { } sarif) AtomicFile.Write(sarif, s => new SarifReportWriter(options).Write(report, s));
        if (p.GetValue(o.Json) is { } json) AtomicFile.Write(json, s => new JsonReportWriter(options).Write(report, s));
        var quiet = p.GetValue(o.Quiet);
        switch (p.GetValue(o.Format))
        {
            case "json":
                WriteStdout(s => new JsonReportWriter(options).Write(report, s));
                Console.Error.WriteLine("latticescan: " + gate.Summary(report));
                break;
            case "sarif":
                WriteStdout(s => new SarifReportWriter(options).Write(report, s));
                Console.Error.WriteLine("latticescan: " + gate.Summary(report));
                break;
            default:
                if (quiet)
                {
                    foreach (var d in report.Diagnostics.Where(d => d.Level is "error" or "warning"))
                        Console.Error.WriteLine($"latticescan: {d.Level}: {d.Code}: {d.Message}");
                    Console.Out.WriteLine(gate.Summary(report));
                    break;
                }
                var color = !Console.IsOutputRedirected && !p.GetValue(o.NoColor) && Environment.GetEnvironmentVariable("NO_COLOR") is null;
                new TerminalReportWriter(Console.Out, color).Write(report, gate);
                break;
        }
        return ExitPolicy.ExitCode(gate);
    }

    private static bool IsNone(string category) => category.Length == 0 || category.Equals("none", StringComparison.OrdinalIgnoreCase);

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
