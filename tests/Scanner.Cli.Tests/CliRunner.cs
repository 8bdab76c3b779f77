using System.Diagnostics;

namespace Scanner.Cli.Tests;

/// <summary>Runs the real latticescan executable (built beside the tests) as a separate process.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "latticescan.dll");

    public static Result RunIn(string workingDirectory, IReadOnlyDictionary<string, string>? env, params string[] args) =>
        RunWithInput(workingDirectory, env, null, args);

    /// <summary>Runs with <paramref name="stdin"/> as standard input (closed at once when null).</summary>
    public static Result RunWithInput(string workingDirectory, IReadOnlyDictionary<string, string>? env, string? stdin, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        foreach (var k in psi.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)).ToList()) psi.Environment.Remove(k);
        if (env is not null) foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        if (stdin is not null) p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            p.Kill(true);
            throw new TimeoutException("latticescan did not finish: " + string.Join(' ', args));
        }
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }

    public static Result Run(params string[] args) => RunIn(RepoPaths.Root, null, args);

    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string> env, params string[] args) => RunIn(workingDirectory, env, args);
}
