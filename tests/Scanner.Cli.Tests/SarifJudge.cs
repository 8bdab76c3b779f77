using System.Diagnostics;

namespace Scanner.Cli.Tests;

/// <summary>
/// Runs shared/tools/sarif-validate.sh (the GitHub-profile judge). Its first run installs npm tools into one
/// cache folder, so runs from parallel test processes are serialised with a lock file. Callers are
/// tests that first call <c>RequiredTool.Require(SharedToolLocator.MissingPrerequisite())</c>: a missing
/// prerequisite fails them (in CI) or they are not run.
/// </summary>
internal static class SarifJudge
{
    public const string LockFile = "/tmp/latticescan-sarif-judge.lock";

    public static (int Exit, string Output) Validate(params string[] files)
    {
        if (SharedToolLocator.MissingPrerequisite() is { } missing) return (-1, "the SARIF judge cannot run: " + missing);
        var script = SharedToolLocator.SarifValidator()!;
        using var gate = Acquire();
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { script, "--profile", "github", "--schema", SarifSchemaFixture.Path }.Concat(files))
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(TimeSpan.FromMinutes(4)))
        {
            p.Kill(true);
            return (-1, "sarif-validate.sh timed out\n" + stdout);
        }
        return (p.ExitCode, stdout + stderr.Result);
    }

    private static FileStream Acquire()
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            try
            {
                return new FileStream(LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
        }
    }
}
