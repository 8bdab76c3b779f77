using System.CommandLine;
using Scanner.Pipeline.Snapshot;
using Scanner.Reporting;

namespace Scanner.Cli.Commands;

/// <summary>
/// <c>latticescan merge</c>: joins inventory snapshots from sharded runs into one, de-duplicating resources by
/// key, so one <c>scan --inventory</c> of the result gives exactly the findings of an unsharded run.
/// </summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inventories") { Description = "Inventory snapshots written by 'latticescan collect'.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output") { Description = "Where to write the merged snapshot.", Required = true };
        var command = new Command("merge", "Merge inventory snapshots (e.g. from --shard runs) into one.") { inputs, output };
        command.SetAction(p => CommandRunner.Run(() =>
        {
            var parts = (p.GetValue(inputs) ?? []).Select(InventorySnapshotReader.ReadFile).ToList();
            var merged = InventorySnapshot.Merge(parts);
            var target = p.GetValue(output)!;
            AtomicFile.Write(target, s => InventorySnapshotWriter.Write(merged, s));
            Console.Error.WriteLine($"latticescan: merged {parts.Count} snapshot(s), {merged.Resources.Count} resources, into {target}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
