using Scanner.AwsEmulator;
using Scanner.FakeAws;
using Xunit.Abstractions;

namespace Scanner.Cli.Tests;

/// <summary>
/// Every <c>latticescan</c> command line in the fenced code blocks of README.md and docs/**/*.md runs through the real
/// CLI, so a renamed flag or a wrong path breaks the build before it breaks a user. Commands run in document order in
/// one sandbox folder that holds the bundled examples under the names the docs use (<c>plan.json</c>,
/// <c>templates/</c>, <c>examples/</c>, shard snapshots), with the environment pointing at the loopback fake AWS
/// organization. Placeholders of CI systems (<c>${{ matrix.shard }}</c>, <c>${JOB_COMPLETION_INDEX}</c>, …) get
/// fixed values, and an absolute path (<c>/snapshots/x.json</c>) is taken as that file name in the sandbox.
/// A command passes when it exits 0 or 1 (findings) and prints no error.
/// </summary>
public class DocCommandTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> Placeholders = new(StringComparer.Ordinal)
    {
        ["${{ matrix.shard }}"] = "1",
        ["${{ secrets.LATTICESCAN_EXTERNAL_ID }}"] = "doc-test-external-id",
        ["${JOB_COMPLETION_INDEX}"] = "1",
        ["${AWS_BATCH_JOB_ARRAY_INDEX}"] = "1",
        ["${SHARDS}"] = "2",
    };

    internal static IReadOnlyList<MarkdownCommands.DocCommand> DocumentedCommands(Func<string, string>? substitute = null)
    {
        var files = new List<string> { Path.Combine(RepoPaths.Root, "README.md") };
        files.AddRange(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        return files.SelectMany(f => MarkdownCommands.Extract(Path.GetRelativePath(RepoPaths.Root, f), File.ReadAllText(f), substitute)).ToList();
    }

    private static string FillPlaceholders(string text)
    {
        foreach (var (placeholder, value) in Placeholders) text = text.Replace(placeholder, value, StringComparison.Ordinal);
        return text;
    }

    [Fact]
    public void DocumentedCommands_AreFoundInEveryPlaceTheyAreWritten()
    {
        var commands = DocumentedCommands();
        // A broken extractor that finds nothing would make the test below pass vacuously.
        foreach (var file in new[] { "README.md", "docs/sarif.md", "docs/sharding.md", "docs/live-scanning.md" })
            Assert.Contains(commands, c => c.File == file);
        Assert.Contains(commands, c => c.Text.StartsWith("latticescan merge /snapshots/shard-*.json", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.Arguments.Contains("--shard") && c.Arguments.Contains("${JOB_COMPLETION_INDEX}/${SHARDS}"));
        Assert.Contains(commands, c => c.StandardInput == "plan.json");
    }

    [Fact]
    public async Task DocumentedCommands_AllRunAsWritten()
    {
        var commands = DocumentedCommands(FillPlaceholders);
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var env = aws.EnvironmentVariables("ap-northeast-1");
        var sandbox = Sandbox(env);

        var failures = new List<string>();
        foreach (var c in commands)
        {
            var args = c.Arguments.SelectMany(a => Expand(a, sandbox)).ToArray();
            var stdin = c.StandardInput is null ? null : File.ReadAllText(Path.Combine(sandbox, c.StandardInput));
            var r = CliRunner.RunWithInput(sandbox, env, stdin, args);
            var ok = r.ExitCode is 0 or 1 && !r.Stderr.Contains("latticescan: error", StringComparison.Ordinal);
            output.WriteLine($"{(ok ? "ok  " : "FAIL")} {c.File}:{c.Line}: {c.Text} -> exit {r.ExitCode}");
            if (!ok) failures.Add($"{c.File}:{c.Line}: {c.Text}\n    exit {r.ExitCode}: {r.Stderr.Trim()}");
        }
        output.WriteLine($"{commands.Count} documented latticescan command line(s) run, {failures.Count} failed");
        Assert.True(failures.Count == 0, $"{failures.Count} of {commands.Count} documented commands failed:\n" + string.Join("\n", failures));
    }

    /// <summary>The sandbox: the examples under the names the docs use, and two shard snapshots of the fake organization.</summary>
    private static string Sandbox(IReadOnlyDictionary<string, string> env)
    {
        var dir = Directory.CreateTempSubdirectory("latticescan-docs-").FullName;
        MarkdownCommands.CopyDirectory(Path.Combine(RepoPaths.Root, "examples"), Path.Combine(dir, "examples"));
        MarkdownCommands.CopyDirectory(Path.Combine(RepoPaths.Root, "examples", "cloudformation"), Path.Combine(dir, "templates"));
        File.Copy(Path.Combine(RepoPaths.Root, "examples", "terraform", "plan.json"), Path.Combine(dir, "plan.json"));
        for (var i = 0; i < 2; i++)
        {
            var r = CliRunner.Run(dir, env, "collect", "--aws", "--org", "--regions", "all", "--shard", $"{i}/2", "--output", $"shard-{i}.json");
            Assert.True(r.ExitCode == 0, $"preparing shard-{i}.json: exit {r.ExitCode}: {r.Stderr}");
        }
        var merged = CliRunner.Run(dir, env, "merge", "shard-0.json", "shard-1.json", "--output", "inventory.json");
        Assert.True(merged.ExitCode == 0, merged.Stderr);
        return dir;
    }

    /// <summary>Placeholders, absolute paths re-rooted as file names in the sandbox, and globs, as a shell would.</summary>
    private static IEnumerable<string> Expand(string word, string sandbox)
    {
        Assert.False(word.Contains('$'), $"no value for the placeholder in '{word}': add it to {nameof(Placeholders)}");
        if (word.StartsWith('/')) word = Path.GetFileName(word);
        if (!word.Contains('*')) return [word];
        var folder = Path.GetDirectoryName(word) ?? "";
        var matches = Directory.EnumerateFiles(Path.Combine(sandbox, folder), Path.GetFileName(word))
            .Select(f => Path.GetRelativePath(sandbox, f)).Order(StringComparer.Ordinal).ToList();
        Assert.True(matches.Count > 0, $"'{word}' matches no file in the sandbox");
        return matches;
    }
}
