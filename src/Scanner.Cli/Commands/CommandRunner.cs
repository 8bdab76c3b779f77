using Scanner.Core.Collection;
using Scanner.Pipeline;

namespace Scanner.Cli.Commands;

/// <summary>
/// Runs a command body and maps every expected failure to its exit code with one line on stderr: never a
/// stack trace for bad input, and 130 with a note of what was not finished on Ctrl-C.
/// </summary>
internal static class CommandRunner
{
    /// <summary>As <see cref="RunAsync(Func{Task{int}}, string)"/>; a usage error also names the command's help.</summary>
    public static Task<int> RunAsync(System.CommandLine.ParseResult parsed, Func<Task<int>> body) =>
        RunAsync(body, $" (see '{UsageErrors.CommandPath(parsed.CommandResult)} --help')");

    public static async Task<int> RunAsync(Func<Task<int>> body, string usageHelp = "")
    {
        try
        {
            return await body();
        }
        catch (InputException e)
        {
            return Fail(e.Message);
        }
        catch (RuleSetInvalidException e)
        {
            return Fail(e.Message);
        }
        catch (CliError e)
        {
            return Fail(e.Message + usageHelp);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("latticescan: interrupted: the scan did not finish; no output file was written or changed");
            return ExitCodes.Interrupted;
        }
    }

    public static int Run(Func<int> body) => RunAsync(() => Task.FromResult(body())).GetAwaiter().GetResult();

    public static int Run(System.CommandLine.ParseResult parsed, Func<int> body) =>
        RunAsync(parsed, () => Task.FromResult(body())).GetAwaiter().GetResult();

    /// <summary>Longest error line printed: whatever a message quotes from an input, only a short excerpt reaches the terminal or a CI log.</summary>
    internal const int MaxErrorChars = 400;

    private static int Fail(string message)
    {
        Console.Error.WriteLine("latticescan: error: " + OneLine(message));
        return ExitCodes.InputError;
    }

    internal static string OneLine(string message)
    {
        var text = new string(message.ReplaceLineEndings(" ").Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return text.Length <= MaxErrorChars ? text : text[..(MaxErrorChars - 1)] + "…";
    }
}
