using System.Diagnostics;
using System.Globalization;
using Scanner.Core.Collection;
using Scanner.Pipeline;
using Scanner.Pipeline.Snapshot;
using Scanner.Reporting;

// Phase-by-phase memory of one scan, in one process (Linux only):
//   dotnet run -c Release --project bench/Scanner.Bench.Memory -- KIND FILE [RULES_DIR]
//   KIND: plan | cfn | snapshot | baseline
// For each phase: peak RSS during the phase (VmHWM, reset before the phase through /proc/self/clear_refs) and the
// managed heap still reachable after it (GC.GetTotalMemory(true)). The scan phases mirror the CLI: collect, evaluate
// all rules, write SARIF and JSON (to /dev/null-like counting streams). BENCH_PAUSE_AFTER=PHASE (e.g. collect) waits
// after that phase so that a heap snapshot can be taken (dotnet-gcdump collect -p PID).
if (args.Length < 2) { Console.Error.WriteLine("usage: KIND FILE [RULES_DIR]"); return 2; }
var kind = args[0];
var file = args[1];
var rulesDir = args.Length > 2 ? args[2] : Path.Combine(AppContext.BaseDirectory, "../../../../../rules");
var size = new FileInfo(file).Length;
Console.WriteLine($"{kind} {file}: {Mib(size)} MiB; load {File.ReadAllText("/proc/loadavg").Trim()}");
var baseline = Phase("start (runtime, nothing loaded)", () => 0);

if (kind == "baseline")
{
    var entries = Phase("read baseline", () => BaselineReader.Read(file));
    GC.KeepAlive(entries);
    return 0;
}

var request = new ScanRequest { RuleDirectories = [rulesDir], OrganizationAccounts = ["111111111111", "222222222222", "333333333333"] };
var rules = Phase("load rules", () => ScanPipeline.LoadRules(request));
var collector = new InputCollector();
if (Environment.GetEnvironmentVariable("BENCH_PARSE_ONLY") == "1" && kind == "cfn")
{
    // Internals through reflection: how much the parsed tree alone holds (exploration only).
    var asm = typeof(Scanner.Collectors.CloudFormation.CloudFormationCollector).Assembly;
    var text = Phase("cfn: read text", () => asm.GetType("Scanner.Collectors.CloudFormation.Parsing.TemplateText")!.GetMethod("Read")!.Invoke(null, [file, 64L * 1024 * 1024])!);
    var limitsType = asm.GetType("Scanner.Collectors.CloudFormation.Parsing.ParseLimits")!;
    var limits = Activator.CreateInstance(limitsType, [128, 10000])!;
    // As the collector reads: only the mapped types' bodies, each let go once checked (BENCH_KEEP_BODIES=1 keeps them).
    var reads = asm.GetType("Scanner.Collectors.CloudFormation.Mapping.KindMappers")!.GetMethod("Reads")!.CreateDelegate<Func<string, bool>>();
    limitsType.GetProperty("ReadsType")!.SetValue(limits, reads);
    if (Environment.GetEnvironmentVariable("BENCH_KEEP_BODIES") != "1")
        limitsType.GetProperty("Packer")!.SetValue(limits, Activator.CreateInstance(asm.GetType("Scanner.Collectors.CloudFormation.Parsing.NodePacker")!, nonPublic: true));
    var tree = Phase("cfn: parse tree", () => asm.GetType("Scanner.Collectors.CloudFormation.Parsing.TemplateParser")!.GetMethod("Read")!.Invoke(null, [text, file, limits])!);
    GC.KeepAlive(text);
    GC.KeepAlive(tree);
    if (Environment.GetEnvironmentVariable("BENCH_PAUSE_AFTER") == "parse")
    {
        Console.WriteLine($"  paused after parse (pid {Environment.ProcessId}); press Enter to go on");
        Console.ReadLine();
    }
    return 0;
}
var snapshot = Phase("collect", () => kind switch
{
    "plan" => FromCollection(collector.TerraformFile(file)),
    "cfn" => FromCollection(collector.CloudFormationFile(file)),
    "snapshot" => InventorySnapshotReader.ReadFile(file),
    _ => throw new ArgumentException("kind: plan | cfn | snapshot | baseline"),
}) with { Organization = new Scanner.Core.Aws.OrganizationContext(null, ["111111111111", "222222222222", "333333333333"], []) };
var outcome = Phase("evaluate", () => new ScanPipeline(TimeProvider.System).Evaluate(request, rules, snapshot, DateTimeOffset.UtcNow));
Console.WriteLine($"  resources {snapshot.Resources.Count}, findings {outcome.Report.Findings.Count}");
var options = new ReportOptions();
Phase("write SARIF", () => { var s = new CountingStream(); new SarifReportWriter(options).Write(outcome.Report, s); return s.Length; });
Phase("write JSON", () => { var s = new CountingStream(); new JsonReportWriter(options).Write(outcome.Report, s); return s.Length; });
GC.KeepAlive(outcome);
Console.WriteLine($"peak RSS of the process: {Mib(StatusKib("VmHWM:") * 1024)} MiB (clear_refs resets it per phase; see the per-phase peaks)");
return 0;

T Phase<T>(string name, Func<T> run)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    File.WriteAllText("/proc/self/clear_refs", "5");
    var before = StatusKib("VmRSS:") * 1024;
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var gensBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    var sw = Stopwatch.StartNew();
    var result = run();
    sw.Stop();
    var peak = StatusKib("VmHWM:") * 1024;
    var rssAfter = StatusKib("VmRSS:") * 1024;
    var retained = GC.GetTotalMemory(true);
    var info = GC.GetGCMemoryInfo();
    Console.WriteLine($"  {name,-32} allocated {Mib(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore),9} MiB  collections gen0 {GC.CollectionCount(0) - gensBefore.Item1} gen1 {GC.CollectionCount(1) - gensBefore.Item2} gen2 {GC.CollectionCount(2) - gensBefore.Item3}");
    Console.WriteLine($"  {name,-32} {sw.Elapsed.TotalSeconds,6:0.00} s  RSS before {Mib(before),7} MiB  peak {Mib(peak),7} MiB  after {Mib(rssAfter),7} MiB  heap retained {Mib(retained),7} MiB  (peak/input {(peak - before) / (double)size,5:0.0}×)  gen2 {GC.CollectionCount(2)}  committed {Mib(info.TotalCommittedBytes)} MiB");
    if (Environment.GetEnvironmentVariable("BENCH_PAUSE_AFTER") == name)
    {
        // For a heap snapshot of what the phase left: dotnet-gcdump collect -p PID, then press Enter.
        Console.WriteLine($"  paused after '{name}' (pid {Environment.ProcessId}); press Enter to go on");
        Console.ReadLine();
    }
    return result;
}

static long StatusKib(string field)
{
    foreach (var line in File.ReadLines("/proc/self/status"))
        if (line.StartsWith(field, StringComparison.Ordinal))
            return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    return 0;
}

static string Mib(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture);

static InventorySnapshot FromCollection(CollectionResult c) => new() { Resources = c.Resources, Diagnostics = c.Diagnostics };

/// <summary>A write-only stream that counts bytes (the report's size without a disk).</summary>
internal sealed class CountingStream : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;
    private long _length;
    public override long Position { get => _length; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => _length += count;
    public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
}
