using System.Diagnostics;
using Scanner.Reporting.Tests.Support;
using Scanner.Tests.Shared;
using Xunit;

namespace Scanner.Reporting.Tests;

/// <summary>
/// Runs the team's independent judge (official schema via ajv, Microsoft SARIF Multitool with GitHub's ingestion
/// rules, typed load, checks transcribed from GitHub's docs) on logs this writer produced. Needs bash, node and
/// npm; the first run installs the tools (~30-60 s). Without them a user's plain <c>dotnet test</c> reports the
/// test as not run and why; in CI (<c>CI=true</c>) a missing prerequisite fails it.
/// </summary>
public sealed class SarifValidatorTests
{
    [SkippableFact]
    public void SarifValidate_IacLiveAndCleanLogs_PassGithubProfile()
    {
        RequiredTool.Require(SharedToolLocator.MissingPrerequisite());
        var validator = SharedToolLocator.SarifValidator();

        var dir = Directory.CreateTempSubdirectory("latticescan-sarif-");
        try
        {
            var writer = new SarifReportWriter(TestReports.Options);
            var files = new Dictionary<string, Core.Findings.ScanReport>
            {
                ["iac.sarif"] = TestReports.Iac(),
                ["live.sarif"] = TestReports.LiveReport(),
                ["clean.sarif"] = TestReports.Clean(),
            }.Select(p =>
            {
                var path = Path.Combine(dir.FullName, p.Key);
                AtomicFile.Write(path, s => writer.Write(p.Value, s));
                return path;
            }).ToList();
            var schema = Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json");

            // The judge installs npm tools on first use into one cache folder: serialise with other test processes.
            using var gate = SharedTools.AcquireJudgeLock();
            var (exit, output) = Run("bash", [validator!, "--profile", "github", "--schema", schema, .. files]);

            Assert.True(exit == 0, $"sarif-validate.sh exited {exit}:\n{output}");
            Assert.Equal(3, output.Split('\n').Count(l => l.TrimStart().StartsWith("PASS", StringComparison.Ordinal)));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static (int Exit, string Output) Run(string file, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            p.Kill(entireProcessTree: true);
            return (-1, "timed out after 3 minutes\n" + stdout + stderr.Result);
        }
        return (p.ExitCode, stdout + stderr.Result);
    }
}
