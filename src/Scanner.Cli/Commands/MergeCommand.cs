using System.CommandLine;
using Scanner.Pipeline;
using Scanner.Pipeline.Snapshot;
using Scanner.Core.Findings;
using Scanner.Reporting;
using Scanner.Reporting.Output;

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
        command.SetAction((p, ct) => CommandRunner.RunAsync(() => Task.FromResult(RunMerge(p, ct))));
        return command;

        int RunMerge(ParseResult p, CancellationToken ct)
        {
            var (target, sarifPath, jsonPath) = (p.GetValue(output), p.GetValue(sarif), p.GetValue(json));
            if (target is null && sarifPath is null && jsonPath is null) throw new CliError("merge needs --output, --sarif or --json");
            var outputs = new OutputSet(p.GetValue(inputs) ?? []);
            outputs.ClaimIfGiven("--output", target);
            outputs.ClaimIfGiven("--sarif", sarifPath);
            outputs.ClaimIfGiven("--json", jsonPath);
            var started = TimeProvider.System.GetUtcNow();
            var parts = (p.GetValue(inputs) ?? []).Select(InventorySnapshotReader.ReadFile).ToList();
            ScanReport? report = null;
            var merged = InventorySnapshot.Merge(parts);
            if (sarifPath is not null || jsonPath is not null)
            {
                var folders = new List<string>();
                if (!p.GetValue(noBundled)) folders.Add(BundledRules.Directory ?? throw new CliError("the bundled rules folder was not found; give --rules DIR"));
                folders.AddRange(p.GetValue(rules) ?? []);
                var request = new ScanRequest { RuleDirectories = folders, Inventories = p.GetValue(inputs) ?? [] };
                report = new ScanPipeline(TimeProvider.System).Evaluate(request, ScanPipeline.LoadRules(request), merged, started, ct).Report;
            }
            var options = new ReportOptions { HelpUriBase = "https://github.com/latticescan/latticescan/blob/main/docs/rules/" };
            outputs.Commit(t => t.Option switch
            {
                "--sarif" => s => new SarifReportWriter(options).Write(report!, s),
                "--json" => s => new JsonReportWriter(options).Write(report!, s),
                _ => s => InventorySnapshotWriter.Write(merged, s),
            }, ct);
            Console.Error.WriteLine($"latticescan: merged {parts.Count} snapshot(s), {merged.Resources.Count} resources");
            return ExitCodes.Success;
        }
    }
}
