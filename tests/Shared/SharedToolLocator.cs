namespace Scanner.Tests.Shared;

/// <summary>
/// Finds the SARIF judge (<c>tools/sarif-validate.sh</c> in the shared reference folder beside the repository,
/// or <c>LATTICESCAN_SHARED</c>) and the programs it needs. Tests that use it start with
/// <c>RequiredTool.Require(SharedToolLocator.MissingPrerequisite())</c>.
/// </summary>
internal static class SharedToolLocator
{
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
        if (RequiredTool.OnPath("bash") is null) return "bash is not on PATH";
        if (RequiredTool.OnPath("node") is null || RequiredTool.OnPath("npm") is null) return "node and npm are not on PATH (the SARIF judge installs its tools with npm)";
        return null;
    }
}
