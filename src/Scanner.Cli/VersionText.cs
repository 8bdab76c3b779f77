namespace Scanner.Cli;

/// <summary>
/// <c>latticescan --version</c>: the informational version (with its source revision), the text System.CommandLine's
/// version option prints, written into the build (<c>ToolVersion</c>) so no reflection runs.
/// </summary>
internal static class VersionText
{
    /// <summary>
    /// Answers <c>latticescan --version</c> (the only argument) before the command tree is built, writing straight to
    /// standard output: a version check in a CI step or a hook then costs what the runtime's own start does. Any other
    /// command line returns false.
    /// </summary>
    public static bool TryWrite(string[] args)
    {
        if (args is not ["--version"]) return false;
        // The console's raw stream writes at the descriptor's own offset: a FileStream over descriptor 1 would track an
        // offset of its own and, when standard output is a file already written to, overwrite its start.
        using var stdout = Console.OpenStandardOutput();
        stdout.Write(System.Text.Encoding.UTF8.GetBytes(ToolVersion.Informational + "\n"));
        return true;
    }
}
