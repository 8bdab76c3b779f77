namespace Scanner.Cli.Tests;

/// <summary>The command-line habits of the ecosystem: help, suggestions, any-case values, standard input, quiet, verdict.</summary>
public class CliHabitsTests
{
    private static readonly string[] Example = ["scan", "--terraform-plan", "examples/terraform/plan.json", "--org-accounts", "examples/org-accounts.txt"];

    [Fact]
    public void NoArguments_PrintsHelpWithTheCommands()
    {
        var r = CliRunner.Run();
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("Usage:", r.Stdout);
        foreach (var command in new[] { "scan", "collect", "merge", "rules" }) Assert.Contains(command, r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void MisspeltCommand_SuggestsTheCommand()
    {
        var r = CliRunner.Run("scna");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("latticescan: error: unknown command 'scna' (did you mean 'scan'?) (see 'latticescan --help')", r.Stderr.Trim());
    }

    [Fact]
    public void MisspeltFlag_SuggestsTheFlagAndPointsAtTheSubcommandHelp()
    {
        var r = CliRunner.Run("scan", "--terraform-plna", "examples/terraform/plan.json");
        Assert.Equal(2, r.ExitCode);
        var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("'--terraform-plna'", line);
        Assert.Contains("did you mean '--terraform-plan'?", line);
        Assert.EndsWith("(see 'latticescan scan --help')", line);
    }

    [Fact]
    public void UsageErrorInsideACommand_PointsAtThatCommandsHelp()
    {
        var r = CliRunner.Run("scan");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("nothing to scan", r.Stderr);
        Assert.Contains("(see 'latticescan scan --help')", r.Stderr);
    }

    [Theory]
    [InlineData("HIGH", 1)]
    [InlineData("None", 0)]
    [InlineData("critical", 0)]
    public void FailOn_AcceptsAnyCase(string threshold, int exit)
    {
        var r = CliRunner.Run([.. Example, "--fail-on", threshold]);
        Assert.True(r.ExitCode == exit, $"exit {r.ExitCode}: {r.Stderr}");
    }

    [Fact]
    public void FailOn_WrongWord_NamesTheChoicesAndTheClosest()
    {
        var r = CliRunner.Run([.. Example, "--fail-on", "hihg"]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("critical, high, medium, low, info, none", r.Stderr);
        Assert.Contains("did you mean 'high'?", r.Stderr);
    }

    [Fact]
    public void Format_AcceptsAnyCase()
    {
        var r = CliRunner.Run([.. Example, "--fail-on", "none", "--format", "JSON"]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.StartsWith("{", r.Stdout.TrimStart());
    }

    [Fact]
    public void Dash_ReadsThePlanFromStandardInput()
    {
        var plan = File.ReadAllText(Path.Combine(RepoPaths.Root, "examples", "terraform", "plan.json"));
        var fromFile = CliRunner.Run([.. Example, "--fail-on", "none", "--format", "json"]);
        var fromStdin = CliRunner.RunWithInput(RepoPaths.Root, null, plan,
            "scan", "--terraform-plan", "-", "--org-accounts", "examples/org-accounts.txt", "--fail-on", "none", "--format", "json");
        Assert.True(fromStdin.ExitCode == 0, fromStdin.Stderr);
        string[] Rules(string json)
        {
            using var doc = System.Text.Json.JsonDocument.Parse(json);
            return doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!).Order().ToArray();
        }
        Assert.NotEmpty(Rules(fromStdin.Stdout));
        Assert.Equal(Rules(fromFile.Stdout), Rules(fromStdin.Stdout));
        Assert.Contains("\"stdin\"", fromStdin.Stdout);
    }

    [Fact]
    public void Dash_ReadsATemplateFromStandardInput()
    {
        var template = File.ReadAllText(Path.Combine(RepoPaths.Root, "examples", "cloudformation", "provider.yaml"));
        var r = CliRunner.RunWithInput(RepoPaths.Root, null, template,
            "scan", "--cloudformation", "-", "--org-accounts", "examples/org-accounts.txt", "--rule", "LATTICE-GW-001");
        Assert.True(r.ExitCode == 1, $"exit {r.ExitCode}: {r.Stderr}");
        Assert.Contains("LATTICE-GW-001", r.Stdout);
    }

    [Fact]
    public void Dash_TwiceIsAUsageError()
    {
        var plan = File.ReadAllText(Path.Combine(RepoPaths.Root, "examples", "terraform", "plan.json"));
        var r = CliRunner.RunWithInput(RepoPaths.Root, null, plan, "scan", "--terraform-plan", "-", "--cloudformation", "-");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("read only once", r.Stderr);
    }

    [Fact]
    public void Quiet_PrintsOnlyTheVerdict()
    {
        var r = CliRunner.Run([.. Example, "--quiet"]);
        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("FAIL: ", line);
        Assert.DoesNotContain("LATTICE-", r.Stdout);
    }

    [Fact]
    public void Summary_EndsWithVerdictRulesResourcesAndThreshold()
    {
        var fail = CliRunner.Run(Example);
        Assert.Equal(1, fail.ExitCode);
        var last = fail.Stdout.TrimEnd().Split('\n')[^1];
        Assert.Matches(@"^FAIL: \d+ unsuppressed finding\(s\) at or above high · \d+ rule\(s\) run on \d+ resource\(s\) · --fail-on high$", last);

        var pass = CliRunner.Run([.. Example, "--fail-on", "critical"]);
        Assert.Equal(0, pass.ExitCode);
        Assert.Matches(@"^PASS: no unsuppressed finding\(s\) at or above critical · \d+ rule\(s\) run on [1-9]\d* resource\(s\) · --fail-on critical$", pass.Stdout.TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public void Summary_WithJsonOnStdout_GoesToStandardError()
    {
        var r = CliRunner.Run([.. Example, "--format", "json"]);
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("{", r.Stdout.TrimStart());
        Assert.Contains("latticescan: FAIL: ", r.Stderr);
    }
}
