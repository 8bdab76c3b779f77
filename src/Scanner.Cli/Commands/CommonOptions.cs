using System.CommandLine;

namespace Scanner.Cli.Commands;

/// <summary>Options shared by several commands, declared once.</summary>
internal static class CommonOptions
{
    public static Option<string[]> Rules() => new("--rules")
    {
        Description = "Extra rules folder, added to the bundled rules (repeatable).",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<bool> NoBundledRules() => new("--no-bundled-rules") { Description = "Use only the --rules folders." };

    public static Option<string?> Config() => new("--config")
    {
        Description = $"Config file (default: {Pipeline.Configuration.ScannerConfigReader.DefaultFileName} in the working directory, if present).",
    };
}
