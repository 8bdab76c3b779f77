using System.CommandLine;
using Scanner.Cli;
using Scanner.Cli.Commands;

if (VersionText.TryWrite(args)) return ExitCodes.Success;

var root = new RootCommand("latticescan: policy and compliance scanner for AWS VPC Lattice resource sharing.");
root.Subcommands.Add(ScanCommand.Create());
root.Subcommands.Add(CollectCommand.Create());
root.Subcommands.Add(RulesCommand.Create());
root.Subcommands.Add(MergeCommand.Create());

// No arguments: the help, as git, docker and kubectl print it, rather than an error about a missing command.
var parsed = root.Parse(args.Length == 0 ? ["--help"] : args);
if (parsed.Errors.Count > 0)
{
    Console.Error.WriteLine("latticescan: error: " + UsageErrors.Describe(parsed));
    return ExitCodes.InputError;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
AppDomain.CurrentDomain.UnhandledException += (_, e) =>
{
    Console.Error.WriteLine("latticescan: internal error: " + (e.ExceptionObject as Exception)?.Message);
};
var config = new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false };
try
{
    return await parsed.InvokeAsync(config, cancel.Token);
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("latticescan: interrupted: the command did not finish; no output file was written or changed");
    return ExitCodes.Interrupted;
}
catch (Exception e)
{
    // A defect, not bad input: say so in one line and point at --verbose rather than dumping a trace.
    Console.Error.WriteLine($"latticescan: internal error ({e.GetType().Name}): {e.Message.ReplaceLineEndings(" ")}");
    return 70;
}
