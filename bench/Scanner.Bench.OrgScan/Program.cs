using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Scanner.Collectors.Aws;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using Scanner.AwsEmulator.World;

namespace Scanner.Bench.OrgScan;

/// <summary>
/// Organization-scan benchmark. <c>run</c> hosts the loopback fake AWS (every call delayed by --latency-ms, every
/// account × Region × API limited to --rate requests/s by a token bucket of one second's burst, answering with the
/// service's throttling error beyond it) and, for each organization size, starts this program again as a child
/// process in <c>scan</c> mode: the real <see cref="AwsCollector"/> (--org, two regions) with its default options
/// (no request cap unless --max-concurrency is given) and real retry policy. The child reports its wall time and peak
/// RSS (so the fake's memory is never counted); the parent counts the calls the fake answered and derives the
/// physical lower bound (<see cref="PhysicalBound"/>, docs/benchmarks.md).
/// <code>
/// dotnet run -c Release --project bench/Scanner.Bench.OrgScan -- run --accounts 50,200 --latency-ms 30 --rate 10 --repeat 3
/// </code>
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "scan") return await Scan(args);
        if (args.Length > 0 && args[0] == "run") return await Run(args);
        Console.Error.WriteLine("usage: Scanner.Bench.OrgScan run [--accounts 50,200] [--latency-ms 30] [--rate 10] [--max-concurrency N] [--repeat 3] [--page-size 100]");
        return 2;
    }

    private static string Arg(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    // ---------------- child: the collector alone ----------------

    private static async Task<int> Scan(string[] args)
    {
        var cap = Arg(args, "--max-concurrency", "");
        var sink = new AttemptCounter();
        var before = GC.GetTotalMemory(true);
        var options = new AwsScanOptions
        {
            Organization = true,
            Regions = [FieldReportIds.Tokyo, FieldReportIds.Virginia],
            RoleName = FieldReportIds.RoleName,
            MaxConcurrency = cap.Length == 0 ? null : int.Parse(cap, CultureInfo.InvariantCulture),
            Log = sink,
            Verbose = true,
        };
        var sw = Stopwatch.StartNew();
        var result = await new AwsCollector().CollectAsync(options, null, CancellationToken.None);
        var wall = sw.Elapsed.TotalMilliseconds;
        var retained = GC.GetTotalMemory(true) - before;
        var report = new Dictionary<string, object>
        {
            ["wallMs"] = wall,
            ["resources"] = result.Collection.Resources.Count,
            ["errors"] = result.Collection.Diagnostics.Count(d => d.MakesScanIncomplete),
            ["firstError"] = result.Collection.Diagnostics.FirstOrDefault(d => d.MakesScanIncomplete)?.Message ?? "",
            ["accounts"] = result.AccountsScanned.Count,
            ["attempts"] = sink.Attempts,
            ["throttledAttempts"] = sink.Throttled,
            ["maxAttempt"] = sink.MaxAttempt,
            ["meanAttemptMs"] = sink.Attempts == 0 ? 0 : sink.TotalMs / sink.Attempts,
            ["peakRssKb"] = PeakRssKb(),
            ["cpuMs"] = Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds,
            ["inventoryBytes"] = retained,
        };
        GC.KeepAlive(result);
        Console.WriteLine(JsonSerializer.Serialize(report));
        return 0;
    }

    /// <summary>VmHWM: this process's peak resident set size.</summary>
    private static long PeakRssKb()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return -1;
    }

    /// <summary>Reads the collector's --verbose attempt lines (api, account, region, attempt, status, error, duration).</summary>
    private sealed class AttemptCounter : TextWriter
    {
        public long Attempts;
        public long Throttled;
        public int MaxAttempt;
        public double TotalMs;

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void WriteLine(string? value)
        {
            if (value is null || !value.StartsWith("aws ", StringComparison.Ordinal)) return;
            Attempts++;
            var parts = value.Split(' ');
            foreach (var p in parts)
            {
                if (p.StartsWith("attempt=", StringComparison.Ordinal)) MaxAttempt = Math.Max(MaxAttempt, int.Parse(p[8..], CultureInfo.InvariantCulture));
                else if (p.StartsWith("error=", StringComparison.Ordinal) && p.Contains("Throttl", StringComparison.OrdinalIgnoreCase) ||
                         p is "error=TooManyRequestsException" or "error=RequestLimitExceeded") Throttled++;
            }
            var last = parts[^1];
            if (last.EndsWith("ms", StringComparison.Ordinal) && double.TryParse(last[..^2], CultureInfo.InvariantCulture, out var ms)) TotalMs += ms;
        }
    }

    // ---------------- parent: fake AWS, child runs, lower bound ----------------

    private static async Task<int> Run(string[] args)
    {
        var sizes = Arg(args, "--accounts", "50,200").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var latency = TimeSpan.FromMilliseconds(double.Parse(Arg(args, "--latency-ms", "30"), CultureInfo.InvariantCulture));
        var rate = double.Parse(Arg(args, "--rate", "10"), CultureInfo.InvariantCulture);
        var cap = Arg(args, "--max-concurrency", "");
        var repeat = int.Parse(Arg(args, "--repeat", "3"), CultureInfo.InvariantCulture);
        var pageSize = int.Parse(Arg(args, "--page-size", "100"), CultureInfo.InvariantCulture);
        Console.WriteLine($"latency {latency.TotalMilliseconds} ms/call, {rate}/s per account x Region x API (burst {rate}), " +
                          $"{(cap.Length == 0 ? "default options (no request cap)" : "--max-concurrency " + cap)}, page size {pageSize}, {repeat} run(s) per size; " +
                          $"load {File.ReadAllText("/proc/loadavg").Trim()} at {DateTime.UtcNow:HH:mm} UTC");

        foreach (var members in sizes)
        {
            var world = OrgWorld.Build(members);
            await using var aws = await FakeAwsServer.StartAsync(world);
            aws.PageSize = pageSize;
            aws.Latency = latency;
            aws.RateLimitPerSecond = rate;
            var runs = new List<JsonElement>();
            var parentCpu = Process.GetCurrentProcess().TotalProcessorTime;
            IReadOnlyList<EmulatedCall> calls = [];
            for (var r = 0; r < repeat; r++)
            {
                aws.ClearCalls();
                aws.ResetRateLimits();
                runs.Add(Child(aws, cap));
                calls = aws.Calls;
            }
            var fakeCpuMs = (Process.GetCurrentProcess().TotalProcessorTime - parentCpu).TotalMilliseconds / repeat;
            var bound = PhysicalBound.From(calls, latency, rate, rate);
            var walls = runs.Select(j => j.GetProperty("wallMs").GetDouble()).Order().ToList();
            var median = walls[walls.Count / 2];
            var last = runs[^1];
            Console.WriteLine($"--- {members} member accounts x 2 regions = {bound.Units} units");
            Console.WriteLine($"  wall (ms): {string.Join(", ", runs.Select(j => j.GetProperty("wallMs").GetDouble().ToString("0", CultureInfo.InvariantCulture)))}; median {median:0}");
            Console.WriteLine($"  physical bound {bound.BoundMs:0} ms = max(chain {bound.ChainCalls} x {latency.TotalMilliseconds:0} ms = {bound.ChainMs:0}, busiest key {bound.RateMs:0}); measured/bound = {median / bound.BoundMs:0.00}");
            Console.WriteLine($"    busiest key {bound.BusiestKey}: {bound.BusiestCount} calls; {bound.Keys} keys; {bound.AnsweredCalls} answered calls ({bound.AssumeRoles} AssumeRole)");
            Console.WriteLine($"  fake answered {calls.Count} calls in the last run: {calls.Count(c => c.StatusCode == 200)} ok, {calls.Count(c => c.StatusCode != 200 && !PhysicalBound.IsThrottle(c))} other answers (404 no policy …), {calls.Count(PhysicalBound.IsThrottle)} throttled");
            var perUnit = calls.Where(c => !PhysicalBound.IsThrottle(c) && c.Service is "vpc-lattice" or "ram" or "ec2" && c.Operation != "DescribeRegions")
                .GroupBy(c => (c.AccountId, c.Region)).Select(g => g.Count()).Order().ToList();
            Console.WriteLine($"  answered calls per account x region: median {perUnit[perUnit.Count / 2]}, min {perUnit[0]}, max {perUnit[^1]} (ec2:DescribeVpcs and the per-VPC association lists included)");
            Console.WriteLine("  throttled by API: " + string.Join(", ", calls.Where(PhysicalBound.IsThrottle).GroupBy(c => c.Action).OrderByDescending(g => g.Count()).Take(6).Select(g => $"{g.Key} {g.Count()}")));
            Console.WriteLine($"  collector (last run): {last.GetProperty("resources").GetInt32()} resources, {last.GetProperty("accounts").GetInt32()} accounts, {last.GetProperty("errors").GetInt32()} errors {last.GetProperty("firstError").GetString()}, " +
                              $"{last.GetProperty("attempts").GetInt64()} attempts ({last.GetProperty("throttledAttempts").GetInt64()} throttled, max attempt {last.GetProperty("maxAttempt").GetInt32()}), mean attempt {last.GetProperty("meanAttemptMs").GetDouble():0.0} ms");
            Console.WriteLine($"  CPU per run: collector {last.GetProperty("cpuMs").GetDouble() / 1000:0.0} s, fake {fakeCpuMs / 1000:0.0} s; load after {File.ReadAllText("/proc/loadavg").Trim()}");
            var rss = runs.Select(j => j.GetProperty("peakRssKb").GetInt64()).Order().ToList()[runs.Count / 2];
            var inv = runs.Select(j => j.GetProperty("inventoryBytes").GetInt64()).Order().ToList()[runs.Count / 2];
            Console.WriteLine($"  peak RSS {rss / 1024.0:0.0} MiB (median); retained inventory {inv / 1048576.0:0.00} MiB; RSS minus inventory {(rss * 1024 - inv) / 1048576.0:0.0} MiB");
            Console.WriteLine("  json " + JsonSerializer.Serialize(new { members, units = bound.Units, walls, median, boundMs = bound.BoundMs, chainMs = bound.ChainMs, rateMs = bound.RateMs, ratio = median / bound.BoundMs, peakRssKb = rss, inventoryBytes = inv }));
        }
        return 0;
    }

    private static JsonElement Child(FakeAwsServer aws, string cap)
    {
        var self = typeof(Program).Assembly.Location;
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(self);
        psi.ArgumentList.Add("scan");
        if (cap.Length > 0)
        {
            psi.ArgumentList.Add("--max-concurrency");
            psi.ArgumentList.Add(cap);
        }
        foreach (var k in psi.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)).ToList()) psi.Environment.Remove(k);
        foreach (var (k, v) in aws.EnvironmentVariables(FieldReportIds.Tokyo)) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"scan child exited {p.ExitCode}: {stderr.Result}");
        return JsonDocument.Parse(stdout.Trim().Split('\n')[^1]).RootElement.Clone();
    }
}

/// <summary>
/// What no client can beat, whatever its concurrency, given the calls the scan needs (every answer the fake gave but a
/// throttle: a 404 "no policy" answers a question too) and the fake's latency L and per-key token bucket (b tokens,
/// refilled at r/s, full at the key's first call):
/// <list type="bullet">
/// <item><b>chain</b>: calls that need an earlier answer wait for it. The longest such chain: the Organizations
/// ListAccounts pages (each needs the previous page's token; the last account is on the last page), that account's
/// AssumeRole, then within its unit ListResourceGateways → GetResourceGateway → DescribeSecurityGroups (the groups
/// the gateway names; every member of this organization owns a gateway). Chain calls × L.</item>
/// <item><b>rate</b>: a key (account, Region, service, operation) that needs n calls cannot have them all accepted
/// before (n − b) / r seconds after its first, and the last answer comes L after that: max over keys of
/// L + max(0, n − b) / r. The management account's AssumeRole and Organizations keys are keys like any other.</item>
/// </list>
/// Bound = the larger of the two. There is no term for the client's own concurrency.
/// </summary>
internal sealed record PhysicalBound(int Units, int Keys, int AnsweredCalls, int AssumeRoles, int ChainCalls, string BusiestKey, int BusiestCount,
    double ChainMs, double RateMs)
{
    /// <summary>ListResourceGateways, GetResourceGateway, DescribeSecurityGroups.</summary>
    private const int UnitChain = 3;

    public double BoundMs => Math.Max(ChainMs, RateMs);

    public static bool IsThrottle(EmulatedCall c) => c.ErrorCode is "ThrottlingException" or "TooManyRequestsException" or "RequestLimitExceeded" or "Throttling";

    public static PhysicalBound From(IReadOnlyList<EmulatedCall> calls, TimeSpan latency, double rate, double burst)
    {
        var answered = calls.Where(c => !IsThrottle(c)).ToList();
        var l = latency.TotalMilliseconds;
        var units = answered.Where(c => c.Service is "vpc-lattice" or "ram" or "ec2" && c.Operation != "DescribeRegions").Select(c => (c.AccountId, c.Region)).Distinct().Count();
        var listPages = answered.Count(c => c.Operation == "ListAccounts");
        var chain = listPages + 1 + UnitChain;
        var keys = answered.GroupBy(c => $"{c.AccountId} {c.Region} {c.Service}:{c.Operation}").Select(g => (g.Key, Count: g.Count())).OrderByDescending(k => k.Count).ToList();
        var busiest = keys.FirstOrDefault();
        var rateMs = l + Math.Max(0, busiest.Count - burst) / rate * 1000;
        return new PhysicalBound(units, keys.Count, answered.Count, answered.Count(c => c.Operation == "AssumeRole"), chain, busiest.Key ?? "-", busiest.Count,
            chain * l, rateMs);
    }
}

/// <summary>
/// A generated organization: the management account (no Lattice resources) and N members in one OU, each enabled in
/// Tokyo and Virginia with the read-only role. In each region a member provides a DNS configuration (logged, tagged,
/// RAM-shared to the next account) and an IP configuration with its ENI behind a gateway with its own security group,
/// and consumes the previous account's DNS configuration through a Resource endpoint; every tenth member also runs a
/// service network with a resource association and a VPC association, and every tenth (m % 10 == 5) is a platform
/// account with 12 more gateways and 24 more configurations per region, where the per account × API rate limit bites.
/// </summary>
internal static class OrgWorld
{
    public static EmulatedWorld Build(int members)
    {
        const string root = "r-bn01";
        const string ou = "ou-bn01-members1";
        var world = new EmulatedWorld("o-bench00001", "100000000001", root);
        world.AllRegions.AddRange([FieldReportIds.Tokyo, FieldReportIds.Virginia]);
        world.OrganizationalUnits.Add(new EmulatedOrganizationalUnit(ou, "Members", root));
        var mgmt = world.AddAccount("100000000001", "management", root, FieldReportIds.Tokyo, FieldReportIds.Virginia);
        mgmt.RoleNames.Add(FieldReportIds.RoleName);
        string Id(int m) => (300000000000L + m).ToString(CultureInfo.InvariantCulture);
        for (var m = 0; m < members; m++)
        {
            var account = world.AddAccount(Id(m), $"member-{m}", ou, FieldReportIds.Tokyo, FieldReportIds.Virginia);
            account.RoleNames.Add(FieldReportIds.RoleName);
            foreach (var regionName in new[] { FieldReportIds.Tokyo, FieldReportIds.Virginia })
            {
                var r = account.Region(regionName);
                var n = $"{m:D6}{(regionName == FieldReportIds.Tokyo ? "t" : "v")}";
                var vpc = $"vpc-0{n}000000000";
                r.SecurityGroups.Add(new EmulatedSecurityGroup($"sg-0gw{n}000000", $"gateway-{n}", vpc)
                {
                    Ingress = [new EmulatedPermission("tcp", 5432, 5432) { Cidrs = [m % 9 == 4 ? "0.0.0.0/0" : "10.0.0.0/16"] }],
                });
                r.SecurityGroups.Add(new EmulatedSecurityGroup($"sg-0ep{n}000000", $"endpoint-{n}", vpc)
                {
                    Ingress = [new EmulatedPermission("tcp", 5432, 5432) { Cidrs = ["10.20.0.0/16"] }],
                    Egress = [],
                });
                var gw = $"rgw-{n}0000000000";
                r.Gateways.Add(new EmulatedGateway(gw, $"gw-{n}", vpc, [$"subnet-0{n}0000000a", $"subnet-0{n}0000000c"], [$"sg-0gw{n}000000"]));
                var db = $"rcfg-db{n}00000000";
                var cache = $"rcfg-ca{n}00000000";
                var ip = $"10.{m % 250}.{(regionName == FieldReportIds.Tokyo ? 1 : 2)}.{m % 200 + 10}";
                r.Configurations.Add(new EmulatedConfiguration(db, $"db-{n}", gw, "SINGLE")
                {
                    PortRanges = ["5432"], DefinitionType = "DNS", DefinitionValue = $"db-{n}.cluster-abc.{regionName}.rds.amazonaws.com",
                });
                r.Configurations.Add(new EmulatedConfiguration(cache, $"cache-{n}", gw, "SINGLE") { PortRanges = ["6379"], DefinitionType = "IP", DefinitionValue = ip });
                r.NetworkInterfaces.Add(new EmulatedNetworkInterface($"eni-0{n}0000000", vpc, $"subnet-0{n}0000000a", [ip]) { RequesterId = "amazon-elasticache", RequesterManaged = true, Description = "ElastiCache" });
                var dbArn = r.LatticeArn("resourceconfiguration", db);
                r.AccessLogs.Add(new EmulatedAccessLog($"als-{n}0000000000", dbArn, $"arn:aws:s3:::logs-{Id(m)}"));
                r.Tags[dbArn] = new() { ["team"] = "data" };
                r.Shares.Add(new EmulatedShare($"{m:D8}-0000-4000-8000-{(regionName == FieldReportIds.Tokyo ? 1 : 2):D12}", $"db-{n}", m % 5 == 2, [dbArn], [Id((m + 1) % members)]));
                var previous = EmulatedArns.Lattice(regionName, Id((m + members - 1) % members), "resourceconfiguration", $"rcfg-db{(m + members - 1) % members:D6}{(regionName == FieldReportIds.Tokyo ? "t" : "v")}00000000");
                r.VpcEndpoints.Add(new EmulatedVpcEndpoint($"vpce-0{n}000000000", "Resource", vpc)
                {
                    SubnetIds = [$"subnet-0{n}0000000a"], SecurityGroupIds = [$"sg-0ep{n}000000"], ResourceConfigurationArn = previous, PrivateDnsEnabled = true,
                });
                if (m % 10 == 5)
                {
                    // a platform account: many tenants' gateways and configurations (where per-API rate limits bite)
                    for (var t = 0; t < 12; t++)
                    {
                        var tgw = $"rgw-{n}{t:D2}00000000";
                        r.Gateways.Add(new EmulatedGateway(tgw, $"gw-{n}-{t}", vpc, [$"subnet-0{n}0000000a", $"subnet-0{n}0000000c"], [$"sg-0gw{n}000000"]));
                        for (var c = 0; c < 2; c++)
                        {
                            var tc = $"rcfg-t{n}{t:D2}{c}000000";
                            r.Configurations.Add(new EmulatedConfiguration(tc, $"tenant-{n}-{t}-{c}", tgw, "SINGLE")
                            {
                                PortRanges = [c == 0 ? "5432" : "3306"], DefinitionType = "DNS", DefinitionValue = $"t{t}-{c}.{n}.internal",
                            });
                            r.Tags[r.LatticeArn("resourceconfiguration", tc)] = new() { ["tenant"] = t.ToString(CultureInfo.InvariantCulture) };
                        }
                    }
                }
                if (m % 10 == 0)
                {
                    var sn = $"sn-{n}0000000000";
                    var snArn = r.LatticeArn("servicenetwork", sn);
                    r.ServiceNetworks.Add(new EmulatedServiceNetwork(sn, $"net-{n}", "AWS_IAM"));
                    r.ResourceAssociations.Add(new EmulatedResourceAssociation($"snra-0{n}000000000", snArn, r.LatticeArn("resourceconfiguration", cache)));
                    r.VpcAssociations.Add(new EmulatedVpcAssociation($"snva-{n}0000000000", snArn, vpc, [$"sg-0ep{n}000000"]));
                }
            }
        }
        return world;
    }
}
