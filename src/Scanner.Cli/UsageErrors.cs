using System.CommandLine;
using System.CommandLine.Parsing;

namespace Scanner.Cli;

/// <summary>
/// One line for a command line that does not parse: what is wrong, the closest command or flag when something was
/// misspelt, and the help of the command concerned (<c>latticescan scan --help</c>, not the root's).
/// </summary>
internal static class UsageErrors
{
    /// <summary>The command's name, whatever the executable file is called.</summary>
    public const string ToolName = "latticescan";

    public static string Describe(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var help = $" (see '{CommandPath(parsed.CommandResult)} --help')";
        if (parsed.UnmatchedTokens.Count > 0)
        {
            var token = parsed.UnmatchedTokens[0];
            if (token.StartsWith('-') && token.Length > 1)
            {
                var flags = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
                var flag = token.Split('=')[0];
                return $"unknown option '{flag}' for '{CommandPath(parsed.CommandResult)}'{Hint(flag, flags)}" + help;
            }
            if (command.Subcommands.Count > 0)
                return $"unknown command '{token}'{Hint(token, command.Subcommands.Select(c => c.Name))}" + help;
            return $"unexpected argument '{token}'" + help;
        }
        return Message(parsed.Errors[0]) + help;
    }

    /// <summary>The words that name a command: <c>latticescan rules test</c>.</summary>
    public static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
            if (r is CommandResult c) names.Add(c.Command.Name);
        names.Reverse();
        return string.Join(' ', names);
    }

    private static string Message(ParseError error) =>
        error.Message.Replace("Required command was not provided.", "a command is needed (scan, collect, merge, rules)", StringComparison.Ordinal)
            .ReplaceLineEndings(" ").TrimEnd('.');

    private static string Hint(string input, IEnumerable<string> candidates) =>
        Suggestions.Closest(input, candidates) is { } best ? $" (did you mean '{best}'?)" : "";
}
