using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

// Start-up benchmark: whole-process wall time of native binaries, each spawned RUNS times. The commands are run in
// turn (hello-world, --version, small plan, hello-world, ...) so a busy machine slows all of them alike, and the
// ratio is taken between medians measured in the same run. Besides wall time, each run's CPU time (user + system) is
// taken from getrusage(RUSAGE_CHILDREN) around it: on a shared, busy machine wall time mostly measures waiting for a
// core, while CPU time is the work the process did.
// Usage: Scanner.Bench.Startup --hello PATH --latticescan PATH --plan PLAN.json [--runs N] [--warmup N]
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2) options[args[i]] = args[i + 1];
if (!options.TryGetValue("--hello", out var hello) || !options.TryGetValue("--latticescan", out var latticescan) || !options.TryGetValue("--plan", out var plan))
{
    Console.Error.WriteLine("usage: Scanner.Bench.Startup --hello PATH --latticescan PATH --plan PLAN.json [--runs N] [--warmup N]");
    return 2;
}
var runs = int.Parse(options.GetValueOrDefault("--runs", "200"), CultureInfo.InvariantCulture);
var warmup = int.Parse(options.GetValueOrDefault("--warmup", "10"), CultureInfo.InvariantCulture);

var commands = new (string Name, string File, string[] Args)[]
{
    ("hello-world (Native AOT)", hello, []),
    ("latticescan --version", latticescan, ["--version"]),
    ($"latticescan scan {Path.GetFileName(plan)}", latticescan, ["scan", "--terraform-plan", plan, "--fail-on", "none"]),
};
foreach (var (name, file, arguments) in commands)
{
    var (code, output) = Run(file, arguments, capture: true);
    if (code != 0)
    {
        Console.Error.WriteLine($"{name}: exit {code}\n{output}");
        return 1;
    }
}

Console.WriteLine($"machine: {Environment.ProcessorCount} cores; load before: {Load()}");
Console.WriteLine($"runs: {runs} of each command, interleaved, after {warmup} warm-up rounds");
var samples = commands.Select(_ => new List<double>(runs)).ToArray();
var cpu = commands.Select(_ => new List<double>(runs)).ToArray();
for (var round = -warmup; round < runs; round++)
    for (var c = 0; c < commands.Length; c++)
    {
        var cpuBefore = ChildrenCpuMilliseconds();
        var watch = Stopwatch.StartNew();
        Run(commands[c].File, commands[c].Args, capture: false);
        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (round < 0) continue;
        samples[c].Add(elapsed);
        cpu[c].Add(ChildrenCpuMilliseconds() - cpuBefore);
    }
var loadAfter = Load();

Console.WriteLine();
Console.WriteLine($"{"command",-36} {"wall median",11} {"p10",7} {"p90",7} {"min",7} {"cpu median",11} {"min",7}  (ms)");
for (var c = 0; c < commands.Length; c++)
{
    var s = samples[c].Order().ToArray();
    var t = cpu[c].Order().ToArray();
    Console.WriteLine($"{commands[c].Name,-36} {Quantile(s, 0.5),11:0.00} {Quantile(s, 0.1),7:0.00} {Quantile(s, 0.9),7:0.00} {s[0],7:0.00} {Quantile(t, 0.5),11:0.00} {t[0],7:0.00}");
}
double Median(List<double> x) => Quantile([.. x.Order()], 0.5);
Console.WriteLine();
Console.WriteLine($"--version / hello-world: wall {Median(samples[1]) / Median(samples[0]):0.00}, cpu {Median(cpu[1]) / Median(cpu[0]):0.00}  (medians; goal: at most 2)");
Console.WriteLine($"small plan: wall median {Median(samples[2]):0.00} ms, cpu median {Median(cpu[2]):0.00} ms  (goal: under 20 ms)");
Console.WriteLine($"load after: {loadAfter}");
return 0;

static (int Code, string Output) Run(string file, string[] arguments, bool capture)
{
    var psi = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var a in arguments) psi.ArgumentList.Add(a);
    using var p = Process.Start(psi)!;
    var stdout = p.StandardOutput.ReadToEndAsync();
    var stderr = p.StandardError.ReadToEnd();
    p.WaitForExit();
    return (p.ExitCode, capture ? stdout.Result + stderr : "");
}

static double Quantile(double[] sorted, double q)
{
    var position = q * (sorted.Length - 1);
    var low = (int)Math.Floor(position);
    var high = Math.Min(low + 1, sorted.Length - 1);
    return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

// getrusage(RUSAGE_CHILDREN): user + system time of every child waited for so far (the runtime reaps each one).
static double ChildrenCpuMilliseconds()
{
    Span<long> usage = stackalloc long[18]; // struct rusage on 64-bit Linux: two timevals, then 14 longs
    if (GetRusage(-1, ref MemoryMarshal.GetReference(usage)) != 0) return double.NaN;
    return (usage[0] + usage[2]) * 1e3 + (usage[1] + usage[3]) / 1e3;
}

[DllImport("libc", EntryPoint = "getrusage")]
static extern int GetRusage(int who, ref long usage);

static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
