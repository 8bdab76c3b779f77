using System.Text.Json;
using Scanner.AwsEmulator;
using Scanner.FakeAws;

namespace Scanner.Cli.Tests;

/// <summary>
/// Sharded collection (<c>collect --shard I/N</c>) followed by <c>merge</c> and <c>scan --inventory</c> gives exactly the
/// findings of one unsharded live scan, against the fake AWS field-report organization, through the real CLI.
/// Functional only: nothing here is timed.
/// </summary>
public class ShardMergeTests
{
    private const int Shards = 3;

    [Fact]
    public async Task CollectInThreeShards_MergeAndScan_GivesTheFindingsOfAnUnshardedScan()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var env = aws.EnvironmentVariables();
        var dir = Directory.CreateTempSubdirectory("latticescan-shards-").FullName;
        try
        {
            var shardFiles = new List<string>();
            for (var i = 0; i < Shards; i++)
            {
                var file = Path.Combine(dir, $"shard-{i}.json");
                var c = CliRunner.Run(dir, env, "collect", "--aws", "--org", "--regions", "all", "--shard", $"{i}/{Shards}", "--output", file);
                Assert.True(c.ExitCode == 0, $"collect shard {i}/{Shards} exited {c.ExitCode}: {c.Stderr}");
                Assert.True(File.Exists(file), $"collect shard {i} wrote no {file}");
                shardFiles.Add(file);
            }

            // The split is real: the organization's accounts land in more than one shard.
            Assert.True(shardFiles.Count(f => Resources(f, fromSnapshot: true).Count > 0) >= 2, "fewer than two shards collected anything");

            var merged = Path.Combine(dir, "merged.json");
            var m = CliRunner.RunIn(dir, null, ["merge", .. shardFiles, "--output", merged]);
            Assert.True(m.ExitCode == 0, $"merge exited {m.ExitCode}: {m.Stderr}");

            var a = Path.Combine(dir, "a.json");
            var sharded = CliRunner.RunIn(dir, null, "scan", "--inventory", merged, "--json", a, "--fail-on", "none");
            Assert.True(sharded.ExitCode == 0, $"scan --inventory exited {sharded.ExitCode}: {sharded.Stderr}");

            var b = Path.Combine(dir, "b.json");
            var direct = CliRunner.Run(dir, env, "scan", "--aws", "--org", "--regions", "all", "--json", b, "--fail-on", "none");
            Assert.True(direct.ExitCode == 0, $"unsharded scan exited {direct.ExitCode}: {direct.Stderr}");

            var expected = Findings(b);
            var actual = Findings(a);
            Assert.NotEmpty(expected);
            Assert.True(expected.SequenceEqual(actual),
                "sharded findings differ from the unsharded scan.\nonly unsharded:\n  " + string.Join("\n  ", expected.Except(actual)) +
                "\nonly sharded:\n  " + string.Join("\n  ", actual.Except(expected)));
            // Together the shards hold the whole inventory, kind by kind.
            Assert.Equal(Resources(b), Resources(merged, fromSnapshot: true));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>(rule id, resource key, fingerprint) of every finding, in the report's own order.</summary>
    private static List<string> Findings(string reportPath)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(reportPath));
        return doc.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("ruleId").GetString()} | {f.GetProperty("resourceKey").GetString()} | {f.GetProperty("fingerprint").GetString()}")
            .ToList();
    }

    /// <summary>Resource count per kind: the report's inventory summary, or counted from a snapshot.</summary>
    private static SortedDictionary<string, int> Resources(string path, bool fromSnapshot = false)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        if (fromSnapshot)
        {
            foreach (var r in doc.RootElement.GetProperty("resources").EnumerateArray())
            {
                var kind = r.GetProperty("kind").GetString()!;
                counts[kind] = counts.GetValueOrDefault(kind) + 1;
            }
            return counts;
        }
        foreach (var p in doc.RootElement.GetProperty("inventory").EnumerateObject()) counts[p.Name] = p.Value.GetInt32();
        return counts;
    }
}
