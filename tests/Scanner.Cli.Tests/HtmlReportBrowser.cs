using System.Diagnostics;
using System.Text.Json;

namespace Scanner.Cli.Tests;

/// <summary>
/// Runs Browser/check-report.mjs (playwright-core from Browser/package-lock.json driving Debian's Chromium,
/// headless) on an HTML report. .ci/run installs Chromium and the npm package; without them the tests that
/// use this skip with the reason (or fail under CI=true).
/// </summary>
internal static class HtmlReportBrowser
{
    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "Scanner.Cli.Tests", "Browser");
    private static string Chromium => Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";

    public static void Require()
    {
        RequiredTool.Require(File.Exists(Chromium), $"Chromium is not at {Chromium}: install it with 'apt-get install -y chromium' (.ci/run does)");
        RequiredTool.Require(RequiredTool.OnPath("node") is not null, "node is not on PATH (Node.js runs the browser check)");
        RequiredTool.Require(Directory.Exists(Path.Combine(Folder, "node_modules", "playwright-core")),
            "playwright-core is not installed: run 'npm ci' in tests/Scanner.Cli.Tests/Browser (.ci/run does)");
    }

    public static JsonElement Check(string html, string screenshot)
    {
        var psi = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Folder };
        psi.ArgumentList.Add(Path.Combine(Folder, "check-report.mjs"));
        psi.ArgumentList.Add(html);
        psi.ArgumentList.Add(screenshot);
        psi.Environment["CHROMIUM"] = Chromium;
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail("the browser check timed out after 2 minutes\n" + stderr.Result);
        }
        Assert.True(p.ExitCode == 0, $"check-report.mjs exited {p.ExitCode}\n{stdout}\n{stderr.Result}");
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }
}
