using System.Reflection;

namespace Scanner.Cli;

/// <summary>
/// What <c>latticescan --version</c> prints: the informational version (with its source revision), the same text
/// System.CommandLine's version option prints, so the start-up fast path and the parsed command agree.
/// </summary>
internal static class VersionText
{
    public static string Value =>
        typeof(VersionText).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionText).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    /// <summary>
    /// Answers <c>latticescan --version</c> (the only argument) before the command tree is built: a version check in a
    /// CI step or a hook then costs what the runtime's own start does. Any other command line returns false.
    /// </summary>
    public static bool TryWrite(string[] args)
    {
        if (args is not ["--version"]) return false;
        using var stdout = Console.OpenStandardOutput();
        stdout.Write(System.Text.Encoding.UTF8.GetBytes(Value + "\n"));
        return true;
    }
}
