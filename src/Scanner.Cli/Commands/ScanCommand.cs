using System.CommandLine;
using Scanner.Pipeline;

namespace Scanner.Cli.Commands;

/// <summary><c>latticescan scan</c>: collect, evaluate, report, and exit by the CI-gate policy.</summary>
internal static class ScanCommand
{
    public static Command Create()
    {
        var o = new ScanOptions();
        var command = new Command("scan", "Scan Terraform plans, CloudFormation templates, inventory snapshots or live AWS accounts and report findings.");
        foreach (var option in o.ForScan()) command.Options.Add(option);
        command.SetAction((p, ct) => CommandRunner.RunAsync(p, () => RunAsync(p, o, ct)));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult p, ScanOptions o, CancellationToken ct)
    {
        var (request, config) = ScanRequestFactory.Create(p, o);
        var threshold = ReportOutputs.Threshold(p, o, config);
        if (p.GetValue(o.FailOnNewOnly) && request.BaselineFile is null) throw new CliError("--fail-on-new-only needs --baseline");
        AsffTargetFactory.CheckFlags(p.GetValue(o.AsffAccount), p.GetValue(o.AsffRegion));

        var outputs = ReportOutputs.Claim(p, o, request, config);

        // Only the HTML report draws from the inventory; the other reports are written from the findings alone.
        request = request with { KeepResources = ReportOutputs.DrawsFromInventory(p, o, outputs) };
        var outcome = await new ScanPipeline(TimeProvider.System).RunAsync(request, ct);
        return ReportOutputs.Finish(p, o, outcome, threshold, outputs, ct);
    }
}
