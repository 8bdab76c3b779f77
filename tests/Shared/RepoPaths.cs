namespace Scanner.Tests.Shared;

/// <summary>Locates the repository (and the shared/ reference folder beside it) from a test binary in bin/…/.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Rules => Path.Combine(Root, "rules");

    /// <summary>The shared reference folder: LATTICESCAN_SHARED, else the sibling of the repository.</summary>
    public static string Shared => Environment.GetEnvironmentVariable("LATTICESCAN_SHARED") ?? Path.Combine(Path.GetDirectoryName(Root)!, "shared");

    private static string Find()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Scanner.sln"))) return d.FullName;
        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
