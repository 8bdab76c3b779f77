using System.Diagnostics;

namespace Scanner.Cli.Tests;

/// <summary>
/// Ctrl-C at any moment of an IaC scan: exit 130, and the previous report files stay byte-identical. The signal is
/// sent at several fractions of the time one uninterrupted run of the same scan took (collection, evaluation,
/// report writing), on a plan generated here.
/// </summary>
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

        var interrupted = 0;
        foreach (var fraction in new[] { 0.1, 0.3, 0.5, 0.8 })
        {
            var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = _dir, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            psi.ArgumentList.Add(CliRunner.Dll);
            foreach (var a in args) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var stderr = p.StandardError.ReadToEndAsync();
            _ = p.StandardOutput.ReadToEndAsync();
            await Task.Delay(duration * fraction);
            if (p.HasExited) continue; // this machine was faster this time; the point says nothing
            using (var kill = Process.Start("kill", ["-INT", p.Id.ToString()])) await kill.WaitForExitAsync();
            Assert.True(p.WaitForExit(TimeSpan.FromSeconds(60)), $"latticescan did not stop after SIGINT at {fraction:P0}");
            if (p.ExitCode != 130 && fraction > 0.75)
            {
                // Late in the run the signal may arrive after the reports were renamed in; then the run is complete.
                Assert.True(p.ExitCode == 0, $"exit {p.ExitCode} after SIGINT at {fraction:P0}: {await stderr}");
                (sarifBefore, jsonBefore) = (File.ReadAllBytes(sarif), File.ReadAllBytes(json));
                continue;
            }
            Assert.True(p.ExitCode == 130, $"exit {p.ExitCode} after SIGINT at {fraction:P0}: {await stderr}");
            interrupted++;
            Assert.Contains("interrupted", await stderr);
            Assert.Equal(sarifBefore, File.ReadAllBytes(sarif));
            Assert.Equal(jsonBefore, File.ReadAllBytes(json));
            Assert.Equal(["plan-200.json", "r.json", "r.sarif"], Directory.GetFiles(_dir).Select(Path.GetFileName).Order());
        }
        Assert.True(interrupted >= 2, $"only {interrupted} of 4 signals arrived while the scan ran ({duration.TotalSeconds:0.0} s)");
    }
}
