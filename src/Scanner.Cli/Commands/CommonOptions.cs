using System.CommandLine;
using System.CommandLine.Parsing;

namespace Scanner.Cli.Commands;

/// <summary>Options shared by several commands, declared once.</summary>
internal static class CommonOptions
{
    public static Option<string[]> Rules() => new("--rules")
    {
        Description = "Extra rules folder, added to the bundled rules (repeatable).",
        AllowMultipleArgumentsPerToken = false,
        CustomParser = Texts,
    };

    /// <summary>
    /// The values of a repeatable text option, as given. Set as the option's parser: System.CommandLine's own conversion
    /// makes the array through reflection, which costs a native binary's start-up a type-loader lookup per option.
    /// </summary>
    public static string[] Texts(ArgumentResult result)
    {
        var texts = new string[result.Tokens.Count];
        for (var i = 0; i < texts.Length; i++) texts[i] = result.Tokens[i].Value;
        return texts;
    }

    public static Option<bool> NoBundledRules() => new("--no-bundled-rules") { Description = "Use only the --rules folders." };

    public static Option<string?> Config() => new("--config")
    {
        Description = $"Config file (default: {Pipeline.Configuration.ScannerConfigReader.DefaultFileName} in the working directory, if present).",
    };
}
