using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Scanner.Collectors.Terraform;
using Scanner.Core.Aws;
using Scanner.Core.Inventory;
using Scanner.Rules;
using Scanner.Rules.Evaluation;

namespace Scanner.Bench.Engine;

public static class Program
{
    // dotnet run -c Release --project bench/Scanner.Bench.Engine -- [BenchmarkDotNet args, e.g. --filter *Engine*]
    // dotnet run -c Release --project bench/Scanner.Bench.Engine -- --quick      (one timed pass per size, no BDN)
    public static int Main(string[] args)
    {
        if (args.Contains("--quick")) return Quick.Run(args);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.WithOptions(ConfigOptions.JoinSummary));
        return 0;
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Scanner.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Scanner.sln not found above " + AppContext.BaseDirectory);
    }

    public static IReadOnlyList<CompiledRule> BundledRules()
    {
        var set = new RuleLoader().LoadDirectories([Path.Combine(RepoRoot(), "rules")]);
        if (!set.IsValid) throw new InvalidOperationException("bundled rules invalid: " + string.Join("; ", set.Errors.Select(e => e.ToString())));
        return set.Rules;
    }
}

/// <summary>Every bundled rule over synthetic live inventories (graph built once per size; evaluation timed).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class EngineBenchmarks
{
    private List<Resource> _resources = null!;
    private InventoryGraph _graph = null!;
    private IReadOnlyList<CompiledRule> _rules = null!;
    private OrganizationContext _org = null!;

    [Params(10_000, 100_000, 1_000_000)]
    public int Resources { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _rules = Program.BundledRules();
        _resources = SyntheticInventory.Build(Resources);
        _org = SyntheticInventory.Organization(Resources);
        _graph = new InventoryGraph(_resources);
    }

    /// <summary>Index and resolve every reference (what a scan does before evaluating).</summary>
    [Benchmark]
    public int BuildGraph() => new InventoryGraph(_resources).Resources.Count;

    /// <summary>All bundled rules over the prebuilt graph.</summary>
    [Benchmark]
    public int EvaluateAllRules() => new RuleEngine().Evaluate(_graph, _rules, _org).Findings.Count;

    /// <summary>Graph plus all rules: the engine's share of a scan.</summary>
    [Benchmark]
    public int GraphAndRules() => new RuleEngine().Evaluate(new InventoryGraph(_resources), _rules, _org).Findings.Count;
}

/// <summary>
/// The Terraform collector against the raw JSON parse of the same plan, and the collector's value conversion on its
/// own (every mapped resource's <c>after</c>/<c>after_unknown</c> turned into a <see cref="Value"/>), to see what the
/// conversion costs. Plans come from bench/Scanner.Bench.Generate (BENCH_DATA, default bench/results/data).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class TerraformCollectorBenchmarks
{
    private static readonly HashSet<string> Mapped = new(StringComparer.Ordinal)
    {
        "aws_vpclattice_resource_gateway", "aws_vpclattice_resource_configuration", "aws_vpclattice_service_network",
        "aws_vpclattice_service_network_vpc_association", "aws_vpclattice_service_network_resource_association",
        "aws_vpclattice_access_log_subscription", "aws_vpclattice_auth_policy", "aws_vpclattice_resource_policy",
        "aws_ram_resource_share", "aws_vpc_endpoint", "aws_security_group", "aws_default_security_group",
    };

    private string _path = null!;
    private byte[] _bytes = null!;
    private Func<JsonElement?, JsonElement?, Value> _convert = null!;

    [Params("1k", "10k")]
    public string Plan { get; set; } = "10k";

    [GlobalSetup]
    public void Setup()
    {
        var data = Environment.GetEnvironmentVariable("BENCH_DATA") ?? Path.Combine(Program.RepoRoot(), "bench", "results", "data");
        _path = Path.Combine(data, $"plan-{Plan}.json");
        _bytes = File.ReadAllBytes(_path);
        var type = typeof(TerraformPlanCollector).Assembly.GetType("Scanner.Collectors.Terraform.Plan.PlanValueConverter", throwOnError: true)!;
        var method = type.GetMethod("Convert", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, [typeof(JsonElement?), typeof(JsonElement?)])!;
        _convert = method.CreateDelegate<Func<JsonElement?, JsonElement?, Value>>();
    }

    [Benchmark(Baseline = true)]
    public int ParseOnly()
    {
        using var doc = JsonDocument.Parse(_bytes, new JsonDocumentOptions { MaxDepth = 128 });
        return doc.RootElement.GetProperty("resource_changes").GetArrayLength();
    }

    [Benchmark]
    public int ParseAndConvertMappedAfter()
    {
        using var doc = JsonDocument.Parse(_bytes, new JsonDocumentOptions { MaxDepth = 128 });
        var n = 0;
        foreach (var change in doc.RootElement.GetProperty("resource_changes").EnumerateArray())
        {
            if (!Mapped.Contains(change.GetProperty("type").GetString()!)) continue;
            var body = change.GetProperty("change");
            var v = _convert(body.GetProperty("after"), body.TryGetProperty("after_unknown", out var u) ? u : null);
            n += v.IsMap ? v.Entries.Count : 0;
        }
        return n;
    }

    [Benchmark]
    public int Collect() => new TerraformPlanCollector().Collect(_path).Resources.Count;
}

/// <summary>A Stopwatch pass for a quick look (not BenchmarkDotNet): median of runs per size.</summary>
internal static class Quick
{
    public static int Run(string[] args)
    {
        var sizes = args.Where(a => int.TryParse(a, out _)).Select(int.Parse).DefaultIfEmpty(0).ToList();
        if (sizes is [0]) sizes = [10_000, 100_000, 1_000_000];
        var rules = Program.BundledRules();
        Console.WriteLine($"{rules.Count} bundled rules");
        foreach (var n in sizes)
        {
            var resources = SyntheticInventory.Build(n);
            var org = SyntheticInventory.Organization(n);
            var graphTimes = new List<double>();
            var ruleTimes = new List<double>();
            var graphCpu = new List<double>();
            var ruleCpu = new List<double>();
            var proc = Process.GetCurrentProcess();
            var findings = 0;
            for (var i = 0; i < 5; i++)
            {
                proc.Refresh();
                var cpu0 = proc.TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                var graph = new InventoryGraph(resources);
                graphTimes.Add(sw.Elapsed.TotalMilliseconds);
                proc.Refresh();
                var cpu1 = proc.TotalProcessorTime;
                sw.Restart();
                findings = new RuleEngine().Evaluate(graph, rules, org).Findings.Count;
                ruleTimes.Add(sw.Elapsed.TotalMilliseconds);
                proc.Refresh();
                graphCpu.Add((cpu1 - cpu0).TotalMilliseconds);
                ruleCpu.Add((proc.TotalProcessorTime - cpu1).TotalMilliseconds);
            }
            Console.WriteLine($"{n,9} resources: graph {Median(graphTimes),8:0.0} ms (cpu {Median(graphCpu):0}), all rules {Median(ruleTimes),8:0.0} ms (cpu {Median(ruleCpu):0}), {findings} findings (median of 5 wall / process-cpu)");
            if (args.Contains("--per-rule"))
            {
                var graph = new InventoryGraph(resources);
                foreach (var rule in rules)
                {
                    var times = new List<double>();
                    var f = 0;
                    for (var i = 0; i < 3; i++)
                    {
                        var sw = Stopwatch.StartNew();
                        f = new RuleEngine().Evaluate(graph, [rule], org).Findings.Count;
                        times.Add(sw.Elapsed.TotalMilliseconds);
                    }
                    Console.WriteLine($"    {rule.Id,-28} {Median(times),8:0.0} ms  {graph.OfKind(rule.Definition.Resource).Count,7} subjects {f,6} findings (median of 3)");
                }
            }
        }
        return 0;
    }

    private static double Median(List<double> xs)
    {
        var s = xs.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    }
}
