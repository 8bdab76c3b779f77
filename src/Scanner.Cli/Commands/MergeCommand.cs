using System.CommandLine;
using Scanner.Pipeline;
using Scanner.Pipeline.Snapshot;
using Scanner.Core.Findings;
using Scanner.Reporting;
using Scanner.Reporting.Output;

namespace Scanner.Cli.Commands;

/// <summary>
/// <c>latticescan merge</c>: joins inventory snapshots from sharded runs into one, de-duplicating resources by
/// key (the owner's copy wins), and optionally evaluates the merged inventory into one SARIF / JSON / terminal
/// report, so a sharded scan reports exactly what one unsharded run would, without duplicates. Evaluation takes
/// the same rule selection, config, suppressions, baseline and --fail-on as <c>scan</c>, and the same exit codes:
/// a snapshot with collection errors makes the merged inventory incomplete (3 unless --allow-partial).
/// </summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var o = new ScanOptions();
        var inputs = new Argument<string[]>("inventories") { Description = "Inventory snapshots written by 'latticescan collect' (folders read their *.json files).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("merge", "Merge inventory snapshots (e.g. from --shard runs) into one snapshot (--output) and/or evaluate them into one report.") { inputs };
        foreach (var option in o.ForMerge()) command.Options.Add(option);
        command.SetAction((p, ct) => CommandRunner.RunAsync(p, () => RunAsync(p, o, p.GetValue(inputs) ?? [], ct)));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult p, ScanOptions o, string[] inputs, CancellationToken ct)
    {
        var target = p.GetValue(o.Output);
        var evaluate = ReportOutputs.AnyReport(p, o);
        if (target is null && !evaluate) throw new CliError("merge needs --output, a report (--sarif, --json, --junit, --markdown, --html, --asff) or --format");
        var pipeline = new ScanPipeline(TimeProvider.System);
        var (request, config) = ScanRequestFactory.Create(p, o, requireRules: evaluate, snapshots: inputs);
        var threshold = ReportOutputs.Threshold(p, o, config);
        if (p.GetValue(o.FailOnNewOnly) && request.BaselineFile is null) throw new CliError("--fail-on-new-only needs --baseline");

        var outputs = ReportOutputs.Claim(p, o, request, config, set => set.ClaimIfGiven("--output", target));
        int exit;
        InventorySnapshot merged;
        if (evaluate)
        {
            var outcome = await pipeline.RunAsync(request, ct);
            merged = outcome.Inventory;
            exit = ReportOutputs.Finish(p, o, outcome, threshold, outputs, ct,
                t => t.Option == "--output" ? s => InventorySnapshotWriter.Write(merged, s) : null);
        }
        else
        {
            merged = await pipeline.CollectOnlyAsync(request, ct);
            outputs.Commit(_ => s => InventorySnapshotWriter.Write(merged, s), ct);
            var errors = merged.Diagnostics.Count(d => d.MakesScanIncomplete);
            foreach (var d in merged.Diagnostics.Where(d => d.MakesScanIncomplete))
                Console.Error.WriteLine($"  error {d.Code}: {d.Message}");
            exit = errors > 0 && !p.GetValue(o.AllowPartial) ? ExitCodes.Incomplete : ExitCodes.Success;
        }
        Console.Error.WriteLine($"latticescan: merged {inputs.Length} snapshot argument(s), {merged.Resources.Count} resources");
        return exit;
    }
}
