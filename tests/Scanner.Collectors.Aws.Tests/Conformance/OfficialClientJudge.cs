using System.Diagnostics;
using Scanner.Collectors.Aws.Tests.Support;
using Scanner.Tests.Shared;

namespace Scanner.Collectors.Aws.Tests.Conformance;

/// <summary>
/// Where the official AWS SDK for JavaScript judge lives (tests/conformance, installed by <c>npm ci</c> from its lockfile,
/// as .ci/run does) and how it is run.
/// </summary>
internal static class OfficialClientJudge
{
    public static string Directory => Path.Combine(RepositoryFiles.Root, "tests", "conformance");

    /// <summary>Why the judge cannot run here (no node, packages not installed), or null when it can.</summary>
    public static string? Unavailable()
    {
        if (RequiredTool.OnPath("node") is null) return "node is not on PATH (the conformance judge needs Node.js 20+)";
        if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "@aws-sdk", "client-vpc-lattice")))
            return "the official AWS clients are not installed: run `npm ci` in tests/conformance (.ci/run does)";
        return null;
    }

    public static (int ExitCode, string Output) Run(string planPath, string resultsPath)
    {
        var start = new ProcessStartInfo("node", ["judge.mjs", planPath, resultsPath])
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "the judge did not finish within 3 minutes\n" + stdout.Result + stderr.Result);
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
