using System.CommandLine;
using System.CommandLine.Help;
using System.Runtime.InteropServices;
using Scanner.Cli;
using Scanner.Cli.Commands;

if (VersionText.TryWrite(args)) return ExitCodes.Success;

// Ctrl-C from here on cancels the command (exit 130, no output file written or changed), however early it comes.
// A signal registration rather than Console.CancelKeyPress, which sets up the terminal (reading its terminfo entry)
// on every start: about 0.7 ms of a small scan (docs/benchmarks.md).
using var cancel = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal =>
{
    signal.Cancel = true;
    cancel.Cancel();
});

// A plain command named latticescan rather than RootCommand, whose constructor finds the executable's name through
// reflection over the entry assembly; and the help and version options only on a command line that asks for one,
// since building them loads System.CommandLine's localized resources. Together about 2 ms of every start
// (docs/benchmarks.md); what a user sees is the same. `latticescan --version` alone never gets here (VersionText).
var root = new Command(UsageErrors.ToolName, "latticescan: policy and compliance scanner for AWS VPC Lattice resource sharing.");
if (args.Length == 0 || args.Any(a => a is "--help" or "-h" or "-?" or "/h" or "/?" or "--version"))
{
    root.Options.Add(new HelpOption());
    root.Options.Add(new VersionOption());
}
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
