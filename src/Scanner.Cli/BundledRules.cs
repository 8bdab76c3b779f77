namespace Scanner.Cli;

/// <summary>
/// Finds the rules that ship with the scanner: the <c>rules/</c> folder beside the executable (the build copies
/// it there), or, when running from a source checkout, the repository's <c>rules/</c> folder.
/// </summary>
public static class BundledRules
{
    public static string? Directory
    {
        get
        {
            var beside = Path.Combine(AppContext.BaseDirectory, "rules");
            if (System.IO.Directory.Exists(beside)) return beside;
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "rules");
                if (File.Exists(Path.Combine(candidate, "rule.schema.json"))) return candidate;
            }
            return null;
        }
    }
}
