using System.CommandLine;
using Scanner.Pipeline;
using Scanner.Pipeline.Snapshot;

namespace Scanner.Cli.Commands;

/// <summary><c>latticescan collect</c>: build the inventory and save it as a snapshot for <c>scan --inventory</c>.</summary>
internal static class CollectCommand
{
    public static Command Create()
    {
        var o = new ScanOptions();
        var command = new Command("collect", "Collect an inventory (live AWS or IaC) and write it as a snapshot that 'scan --inventory' evaluates offline.");
        foreach (var option in o.ForCollect()) command.Options.Add(option);
        command.SetAction((p, ct) => CommandRunner.RunAsync(p, () => RunAsync(p, o, ct)));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult p, ScanOptions o, CancellationToken ct)
    {
        var output = p.GetValue(o.Output) ?? throw new CliError("collect needs --output FILE");
        var (request, config) = ScanRequestFactory.Create(p, o, requireRules: false);
        var outputs = CommandOutputs.For(request, config.Path, []);
        outputs.Claim("--output", output);
        var snapshot = await new ScanPipeline(TimeProvider.System).CollectOnlyAsync(request, ct);
        outputs.Commit(_ => s => InventorySnapshotWriter.Write(snapshot, s), ct);
        var errors = snapshot.Diagnostics.Count(d => d.MakesScanIncomplete);
        Console.Error.WriteLine($"latticescan: wrote {snapshot.Resources.Count} resources to {output}" + (errors > 0 ? $" ({errors} collection error(s))" : ""));
        foreach (var d in snapshot.Diagnostics.Where(d => d.MakesScanIncomplete))
            Console.Error.WriteLine($"  error {d.Code}: {d.Message}");
        return errors > 0 && !p.GetValue(o.AllowPartial) ? ExitCodes.Incomplete : ExitCodes.Success;
    }
}
