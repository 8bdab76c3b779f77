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

        var interrupted = 0;
        // Early in collection, later (collection or evaluation), and while the report files are being written
        // (a temporary file beside a target has appeared).
        foreach (var point in new[] { "0.3", "0.55", "writing" })
        {
            var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = _dir, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            psi.ArgumentList.Add(CliRunner.Dll);
            foreach (var a in args) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var stderr = p.StandardError.ReadToEndAsync();
            _ = p.StandardOutput.ReadToEndAsync();
            if (point == "writing")
                while (!p.HasExited && !Directory.EnumerateFiles(_dir, "*.tmp").Any()) await Task.Delay(2);
            else await Task.Delay(duration * double.Parse(point, System.Globalization.CultureInfo.InvariantCulture));
            if (p.HasExited)
            {
                // This run was faster and finished (replacing the reports); the point says nothing.
                (sarifBefore, jsonBefore) = (File.ReadAllBytes(sarif), File.ReadAllBytes(json));
                continue;
            }
            using (var kill = Process.Start("kill", ["-INT", p.Id.ToString()])) await kill.WaitForExitAsync();
            Assert.True(p.WaitForExit(TimeSpan.FromSeconds(60)), $"latticescan did not stop after SIGINT at {point}");
            Assert.True(p.ExitCode == 130, $"exit {p.ExitCode} after SIGINT at {point}: {await stderr}");
            interrupted++;
            Assert.Contains("interrupted", await stderr);
            Assert.Equal(sarifBefore, File.ReadAllBytes(sarif));
            Assert.Equal(jsonBefore, File.ReadAllBytes(json));
            Assert.Equal(["plan-200.json", "r.json", "r.sarif"], Directory.GetFiles(_dir).Select(Path.GetFileName).Order());
        }
        Assert.True(interrupted >= 2, $"only {interrupted} of 3 signals arrived while the scan ran ({duration.TotalSeconds:0.0} s)");
    }
}

/// <summary>The signal timing is relative to one measured run, so this test runs alone, not beside other CLI tests.</summary>
[CollectionDefinition(nameof(InterruptTests), DisableParallelization = true)]
public sealed class InterruptTestsCollection;
