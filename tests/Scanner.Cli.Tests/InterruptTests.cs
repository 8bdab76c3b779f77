using System.Diagnostics;

namespace Scanner.Cli.Tests;

/// <summary>
/// Ctrl-C at any moment of an IaC scan: exit 130, and the previous report files stay byte-identical. The signal is
/// sent at fractions of the time one uninterrupted run of the same scan took and while the report files are being
/// written, on a plan generated here.
/// </summary>
[Collection(nameof(InterruptTests))]
public sealed class InterruptTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("latticescan-sigint-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Scan_SigintAtSeveralPoints_Exits130AndPreviousReportsByteIdentical()
    {
        var plan = LargeInputs.Plan(_dir, copies: 200);
        var (sarif, json) = (Path.Combine(_dir, "r.sarif"), Path.Combine(_dir, "r.json"));
        string[] args = ["scan", "--terraform-plan", plan, "--sarif", sarif, "--json", json, "--fail-on", "none"];

        var clock = Stopwatch.StartNew();
        var full = CliRunner.RunIn(_dir, null, args);
        var duration = clock.Elapsed;
        Assert.True(full.ExitCode == 0, full.Stderr);
        var (sarifBefore, jsonBefore) = (File.ReadAllBytes(sarif), File.ReadAllBytes(json));

        // Early in collection, later (collection or evaluation), and while the report files are being written
        // (a temporary file beside a target has appeared). A run can be faster than the measured one (the machine
        // was busier then) and finish before its signal; that attempt says nothing, so the point is tried again
        // with the delay scaled to the run just seen, until the signal arrives while the scan runs.
        foreach (var point in new[] { "0.3", "0.55", "writing" })
        {
            var interrupted = false;
            for (var attempt = 1; attempt <= 6 && !interrupted; attempt++)
            {
                var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = _dir, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
                psi.ArgumentList.Add(CliRunner.Dll);
                foreach (var a in args) psi.ArgumentList.Add(a);
                var started = Stopwatch.StartNew();
                using var p = Process.Start(psi)!;
                var stderr = p.StandardError.ReadToEndAsync();
                _ = p.StandardOutput.ReadToEndAsync();
                if (point == "writing")
                    while (!p.HasExited && !Directory.EnumerateFiles(_dir, "*.tmp").Any()) await Task.Delay(2);
                else await Task.Delay(Max(duration * double.Parse(point, System.Globalization.CultureInfo.InvariantCulture), EarliestSignal));
                if (p.HasExited)
                {
                    // Finished before the signal (replacing the reports with identical ones): try again.
                    p.WaitForExit();
                    Assert.True(p.ExitCode == 0, await stderr);
                    duration = started.Elapsed;
                    (sarifBefore, jsonBefore) = (File.ReadAllBytes(sarif), File.ReadAllBytes(json));
                    continue;
                }
                using (var kill = Process.Start("kill", ["-INT", p.Id.ToString()])) await kill.WaitForExitAsync();
                Assert.True(p.WaitForExit(TimeSpan.FromSeconds(60)), $"latticescan did not stop after SIGINT at {point}");
                if (p.ExitCode == 0)
                {
                    // The signal came after the reports were in place and the scan was ending: a complete run,
                    // not an interrupted one. A scan that ignored the signal would end here every time and fail
                    // the assertion after the attempts.
                    Assert.DoesNotContain("interrupted", await stderr);
                    duration = started.Elapsed;
                    (sarifBefore, jsonBefore) = (File.ReadAllBytes(sarif), File.ReadAllBytes(json));
                    continue;
                }
                Assert.True(p.ExitCode == 130, $"exit {p.ExitCode} after SIGINT at {point}: {await stderr}");
                interrupted = true;
                Assert.Contains("interrupted", await stderr);
                Assert.Equal(sarifBefore, File.ReadAllBytes(sarif));
                Assert.Equal(jsonBefore, File.ReadAllBytes(json));
                Assert.Equal(["plan-200.json", "r.json", "r.sarif"], Directory.GetFiles(_dir).Select(Path.GetFileName).Order());
            }
            Assert.True(interrupted, $"in 6 runs the scan always finished before the signal at {point} (last run {duration.TotalSeconds:0.00} s)");
        }
    }

    /// <summary>Not before the runtime has started the program (its interrupt handler is its first statement).</summary>
    private static readonly TimeSpan EarliestSignal = TimeSpan.FromMilliseconds(200);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

/// <summary>The signal timing is relative to one measured run, so this test runs alone, not beside other CLI tests.</summary>
[CollectionDefinition(nameof(InterruptTests), DisableParallelization = true)]
public sealed class InterruptTestsCollection;
