using System.CommandLine;
using Scanner.Pipeline;
using Scanner.Pipeline.Snapshot;
using Scanner.Reporting;

namespace Scanner.Cli.Commands;

/// <summary>
/// <c>latticescan merge</c>: joins inventory snapshots from sharded runs into one, de-duplicating resources by
/// key (the owner's copy wins), and optionally evaluates the merged inventory into one SARIF / JSON report, so a
/// sharded scan reports exactly what one unsharded run would, without duplicates.
/// </summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inventories") { Description = "Inventory snapshots written by 'latticescan collect'.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output") { Description = "Where to write the merged snapshot." };
        var sarif = new Option<string?>("--sarif") { Description = "Evaluate the merged inventory and write SARIF here." };
        var json = new Option<string?>("--json") { Description = "Evaluate the merged inventory and write the JSON report here." };
        var rules = CommonOptions.Rules();
        var noBundled = CommonOptions.NoBundledRules();
        var command = new Command("merge", "Merge inventory snapshots (e.g. from --shard runs) into one snapshot and/or one report.")
        {
            inputs, output, sarif, json, rules, noBundled,
        };
        command.SetAction(p => CommandRunner.Run(() =>
        {
            var (target, sarifPath, jsonPath) = (p.GetValue(output), p.GetValue(sarif), p.GetValue(json));
            if (target is null && sarifPath is null && jsonPath is null) throw new CliError("merge needs --output, --sarif or --json");
            var started = TimeProvider.System.GetUtcNow();
            var parts = (p.GetValue(inputs) ?? []).Select(InventorySnapshotReader.ReadFile).ToList();
            var merged = InventorySnapshot.Merge(parts);
            if (sarifPath is not null || jsonPath is not null)
            {
                var folders = new List<string>();
                if (!p.GetValue(noBundled)) folders.Add(BundledRules.Directory ?? throw new CliError("the bundled rules folder was not found; give --rules DIR"));
                folders.AddRange(p.GetValue(rules) ?? []);
                var request = new ScanRequest { RuleDirectories = folders, Inventories = p.GetValue(inputs) ?? [] };
                var report = new ScanPipeline(TimeProvider.System).Evaluate(request, ScanPipeline.LoadRules(request), merged, started).Report;
                var options = new ReportOptions { HelpUriBase = "https://github.com/latticescan/latticescan/blob/main/docs/rules/" };
                if (sarifPath is not null) AtomicFile.Write(sarifPath, s => new SarifReportWriter(options).Write(report, s));
                if (jsonPath is not null) AtomicFile.Write(jsonPath, s => new JsonReportWriter(options).Write(report, s));
            }
            if (target is not null) AtomicFile.Write(target, s => InventorySnapshotWriter.Write(merged, s));
            Console.Error.WriteLine($"latticescan: merged {parts.Count} snapshot(s), {merged.Resources.Count} resources");
            return ExitCodes.Success;
        }));
        return command;
    }
}
