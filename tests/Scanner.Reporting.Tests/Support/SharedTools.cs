namespace Scanner.Reporting.Tests.Support;

/// <summary>
/// Finds the team's shared reference folder (<c>shared/</c>, a sibling of the repository) by walking up from the
/// test assembly; <c>LATTICESCAN_SHARED</c> overrides it.
/// </summary>
internal static class SharedTools
{
    private const string Validator = "tools/sarif-validate.sh";

    public static string? FindValidator()
    {
        var env = Environment.GetEnvironmentVariable("LATTICESCAN_SHARED");
        if (!string.IsNullOrEmpty(env) && File.Exists(Path.Combine(env, Validator))) return Path.Combine(env, Validator);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", Validator);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The full path of an executable on PATH, or null.</summary>
    public static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);

    /// <summary>A lock shared by every test process that runs the SARIF judge (its first run installs tools).</summary>
    public static FileStream AcquireJudgeLock()
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            try
            {
                return new FileStream("/tmp/latticescan-sarif-judge.lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
        }
    }
}
