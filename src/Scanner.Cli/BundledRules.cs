namespace Scanner.Cli;

/// <summary>
/// Finds the rule files and cases that ship with the scanner, for <c>latticescan rules validate|test</c> without a
/// folder: the <c>rules/</c> folder beside the executable (the build copies it there), or, when running from a source
/// checkout, the repository's <c>rules/</c> folder. Scans and <c>rules list</c> use the set compiled into the binary
/// (<see cref="Scanner.Library.BundledRuleSet"/>), built from the same files.
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
