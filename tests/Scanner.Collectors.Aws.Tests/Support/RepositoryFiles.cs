namespace Scanner.Collectors.Aws.Tests.Support;

/// <summary>Files of the repository (docs/…), found by walking up from the test binaries to Scanner.sln.</summary>
internal static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Scanner.sln"))) return dir.FullName;
            throw new InvalidOperationException("Scanner.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string PathOf(string relative) => Path.Combine(Root, relative);
}
