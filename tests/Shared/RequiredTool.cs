using Xunit;

namespace Scanner.Tests.Shared;

/// <summary>
/// Tests that need a tool outside .NET (xmllint, Chromium, node packages, the shared reference folder): in CI
/// (CI=true) a missing tool fails the test, since .ci/run installs it; on a developer's plain <c>dotnet test</c>
/// the test is reported as skipped with the reason and the command that installs the tool.
/// </summary>
internal static class RequiredTool
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void Require(bool available, string reason)
    {
        if (available) return;
        if (InCi) Assert.Fail("CI=true and " + reason);
        Skip.If(true, "not run: " + reason);
    }

    /// <summary>The full path of an executable on PATH, or null.</summary>
    public static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}
