namespace Scanner.Tests.Shared;

/// <summary>
/// Finds the SARIF judge (<c>tools/sarif-validate.sh</c> in the shared reference folder beside the repository,
/// or <c>LATTICESCAN_SHARED</c>) and the programs it needs.
/// </summary>
public static class SharedToolLocator
{
    /// <summary>True when the environment says this is a CI run (<c>CI=true</c>, as GitHub Actions and .ci/run set).</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The shared folder: LATTICESCAN_SHARED, else <c>shared/</c> in some folder above the test binary.</summary>
    public static string? SharedFolder()
    {
        var env = Environment.GetEnvironmentVariable("LATTICESCAN_SHARED");
        if (!string.IsNullOrEmpty(env)) return Directory.Exists(env) ? env : null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "tools", "sarif-validate.sh"))) return candidate;
        }
        return null;
    }

    public static string? SarifValidator() => SharedFolder() is { } s ? Path.Combine(s, "tools", "sarif-validate.sh") : null;

    /// <summary>What keeps the judge from running, in words; null when everything is there.</summary>
    public static string? MissingPrerequisite()
    {
        if (SarifValidator() is null) return "shared/tools/sarif-validate.sh was not found beside the repository (or in LATTICESCAN_SHARED)";
        if (OnPath("bash") is null) return "bash is not on PATH";
        if (OnPath("node") is null || OnPath("npm") is null) return "node and npm are not on PATH (the SARIF judge installs its tools with npm)";
        return null;
    }

    /// <summary>The full path of an executable on PATH, or null.</summary>
    public static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}
