using System.Text;
using Scanner.Core.Findings;
using Scanner.Reporting;

namespace Scanner.Pipeline.Tests;

/// <summary>
/// A scan whose findings pass the memory budget keeps them in a temporary file. Its reports must be the same bytes as
/// those of the scan that kept them in memory, through suppressions, a baseline and every report writer.
/// </summary>
public sealed class FindingsOnDiskTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("findings-on-disk-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ScanOverTheBudget_ReportsByteIdenticalToTheScanInMemory()
    {
        var full = await Scan(new ScanPipeline(Time), Request());
        var ruleIds = full.Report.Findings.Select(f => f.RuleId).Distinct().ToList();
        Assert.True(ruleIds.Count >= 3, $"the examples fire {ruleIds.Count} rule(s)");
        var baseline = Path.Combine(_folder, "baseline.json");
        using (var file = File.Create(baseline)) new JsonReportWriter(new ReportOptions()).Write(full.Report, file);
        var suppressions = Path.Combine(_folder, "suppressions.yaml");
        File.WriteAllText(suppressions, $"suppressions:\n  - rule: {ruleIds[1]}\n    resource: '*'\n    reason: accepted for the test\n");
        var request = Request() with
        {
            BaselineFile = baseline,
            SuppressionsFile = suppressions,
            Selection = new RuleSelection { Skip = [ruleIds[0]] },
        };

        var inMemory = await Scan(new ScanPipeline(Time), request);
        var onDisk = await Scan(new ScanPipeline(Time) { FindingsMemoryBudget = 0 }, request);

        Assert.False(Assert.IsType<FindingStore>(inMemory.Report.Findings).IsOnDisk);
        Assert.True(Assert.IsType<FindingStore>(onDisk.Report.Findings).IsOnDisk);
        Assert.Contains(onDisk.Report.Findings, f => f.Suppression is not null);
        Assert.Contains(onDisk.Report.Findings, f => f.BaselineState == BaselineState.Unchanged);
        Assert.NotEmpty(onDisk.Report.AbsentFindings);
        Assert.Equal(inMemory.Sarif, onDisk.Sarif);
        Assert.Equal(inMemory.Json, onDisk.Json);
        Assert.Equal(inMemory.Terminal, onDisk.Terminal);
    }

    private static ScanRequest Request() => new()
    {
        RuleDirectories = [RepoPaths.Rules],
        TerraformPlans = [Path.Combine(RepoPaths.Root, "examples", "terraform", "plan.json")],
        CloudFormationTemplates = [Path.Combine(RepoPaths.Root, "examples", "cloudformation")],
        OrganizationAccounts = File.ReadAllLines(Path.Combine(RepoPaths.Root, "examples", "org-accounts.txt"))
            .Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0).ToList(),
    };

    private static async Task<(ScanReport Report, string Sarif, string Json, string Terminal)> Scan(ScanPipeline pipeline, ScanRequest request)
    {
        var report = (await pipeline.RunAsync(request, CancellationToken.None)).Report;
        var options = new ReportOptions();
        var sarif = new MemoryStream();
        new SarifReportWriter(options).Write(report, sarif);
        var json = new MemoryStream();
        new JsonReportWriter(options).Write(report, json);
        var terminal = new StringWriter();
        new TerminalReportWriter(false).Write(report, terminal);
        return (report, Encoding.UTF8.GetString(sarif.ToArray()), Encoding.UTF8.GetString(json.ToArray()), terminal.ToString());
    }

    private static readonly TimeProvider Time = new FixedTime();

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 12, 5, 1, 0, 0, TimeSpan.Zero);
    }
}
