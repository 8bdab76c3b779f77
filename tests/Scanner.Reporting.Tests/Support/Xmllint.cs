using System.Diagnostics;
using Scanner.Tests.Shared;

namespace Scanner.Reporting.Tests.Support;

/// <summary>
/// Runs <c>xmllint --schema</c> (Debian package libxml2-utils; .ci/run installs it) against the committed JUnit
/// schema (Schemas/junit-10.xsd, from Jenkins' xUnit plugin).
/// </summary>
internal static class Xmllint
{
    public static string JunitSchema => Path.Combine(AppContext.BaseDirectory, "Schemas", "junit-10.xsd");

    /// <summary>Skips (or fails in CI) when xmllint is missing.</summary>
    public static void Require() =>
        RequiredTool.Require(RequiredTool.OnPath("xmllint") is not null,
            "xmllint is not on PATH: install it with 'apt-get install -y libxml2-utils' (.ci/run does)");

    public static (int Exit, string Output) Validate(string file, string schema)
    {
        var psi = new ProcessStartInfo("xmllint") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--noout", "--schema", schema, file }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout + stderr.Result);
    }
}
