using Xunit;

namespace Scanner.Tests.Shared;

/// <summary>
/// The one way a test declares that it needs a tool outside .NET (xmllint, Chromium, node packages, the SARIF judge
/// in the shared reference folder, the official-client conformance judge): mark it <c>[SkippableFact]</c> (or
/// <c>[SkippableTheory]</c>) and call <see cref="Require(string?)"/> first. In CI (CI=true) a missing tool fails the
/// test, since .ci/run installs it; on a developer's plain <c>dotnet test</c> the test is reported as skipped with
/// the reason and the command that installs the tool.
/// </summary>
internal static class RequiredTool
{
    /// <summary>True when the environment says this is a CI run (<c>CI=true</c>, as GitHub Actions and .ci/run set).</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Fails (CI) or skips (elsewhere) the running test unless the tool is <paramref name="available"/>.</summary>
    public static void Require(bool available, string reason)
    {
        if (available) return;
        if (InCi) Assert.Fail("CI=true and " + reason);
        Skip.If(true, "not run: " + reason);
    }

    /// <summary>As <see cref="Require(bool, string)"/> for a check that names what is missing, or null when nothing is.</summary>
    public static void Require(string? missing)
    {
        if (missing is not null) Require(false, missing);
    }

    /// <summary>The full path of an executable on PATH, or null.</summary>
    public static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}
