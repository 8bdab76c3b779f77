namespace Scanner.Cli.Tests;

public class RulesCommandTests
{
    [Fact]
    public void RulesTest_BundledRules_AllPass()
    {
        var r = CliRunner.Run("rules", "test");
        Assert.True(r.ExitCode == 0, r.Stdout + r.Stderr);
        Assert.Matches(@"rules: \d+ passed, 0 failed", r.Stdout);
        Assert.DoesNotContain("FAIL", r.Stdout);
        // Live cases run too: served by the in-process AWS emulator, read by the live collector, counted as passed.
        Assert.Matches(@"\n\d+ passed, 0 failed\n", r.Stdout);
        Assert.Matches(@"live: [1-9]\d* passed, 0 failed \(AWS API responses served by the in-process AWS emulator", r.Stdout);
        Assert.DoesNotContain("not run", r.Stdout);
        Assert.Contains("note: never fires live: a live scan reads the interface behind the IP", r.Stdout);
    }

    [Fact]
    public void RulesList_ShowsEveryBundledRule()
    {
        var r = CliRunner.Run("rules", "list");
        Assert.Equal(0, r.ExitCode);
        var files = Directory.EnumerateFiles(RepoPaths.Rules, "*.yaml", SearchOption.AllDirectories).Count(f => !f.EndsWith(".cases.yaml"));
        Assert.Contains($"{files} rules", r.Stdout);
        Assert.Contains("LATTICE-GW-001", r.Stdout);
    }

    [Fact]
    public void RulesValidate_BrokenRule_ReportsFileLineColumn()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(dir, "r.yaml"), "id: X-1\nname: x\ntitle: t\nseverity: high\nseverity_rationale: r\ndescription: d\nremediation: r\nresource: resource_gateway\nmessage: m\ncondition:\n  path: securityGroup\n  empty: true\n");
        var r = CliRunner.Run("rules", "validate", dir);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("r.yaml:11:9: path 'securityGroup'", r.Stderr);
    }

    [Fact]
    public void RulesTest_RuleWithoutCases_Fails()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(dir, "r.yaml"), "id: X-1\nname: x\ntitle: t\nseverity: high\nseverity_rationale: r\ndescription: d\nremediation: r\nresource: resource_gateway\nmessage: m\ncondition:\n  path: name\n  equals: x\n");
        var r = CliRunner.Run("rules", "test", dir);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("no case file", r.Stdout);
    }

    [Fact]
    public void RulesTest_OwnFolder_RunsItsLiveCases()
    {
        var dir = CopyOfBundledRule("share", "share-allows-external-principals");
        var r = CliRunner.Run("rules", "test", dir);
        Assert.True(r.ExitCode == 0, r.Stdout + r.Stderr);
        Assert.Contains("PASS LATTICE-SHARE-002", r.Stdout);
        Assert.Contains("live: 2 passed, 0 failed", r.Stdout);
    }

    [Fact]
    public void RulesTest_LiveCaseExpectingAFindingTheCollectionDoesNotProduce_FailsNamingTheCase()
    {
        // The share the case describes does not allow external principals, so the collected inventory cannot fire.
        var dir = CopyOfBundledRule("share", "share-allows-external-principals");
        var cases = Path.Combine(dir, "share-allows-external-principals.cases.yaml");
        var text = File.ReadAllText(cases);
        const string OrganizationOnly = "    why: allowExternalPrincipals false\n    fires: []\n";
        Assert.Contains(OrganizationOnly, text);
        File.WriteAllText(cases, text.Replace(OrganizationOnly, "    why: allowExternalPrincipals false\n    fires: [aurora-share]\n"));
        var r = CliRunner.Run("rules", "test", dir);
        Assert.True(r.ExitCode == 1, r.Stdout + r.Stderr);
        Assert.Contains("FAIL LATTICE-SHARE-002", r.Stdout);
        Assert.Matches(@"FAIL aws-share-organization-only \[live\]: .*aurora-share", r.Stdout);
        Assert.Contains("live: 1 passed, 1 failed", r.Stdout);
    }

    private static string CopyOfBundledRule(string folder, string slug)
    {
        var dir = Directory.CreateTempSubdirectory("latticescan-rules-").FullName;
        foreach (var file in new[] { slug + ".yaml", slug + ".cases.yaml" })
            File.Copy(Path.Combine(RepoPaths.Rules, folder, file), Path.Combine(dir, file));
        return dir;
    }

    [Fact]
    public void Version_Alone_PrintsTheInformationalVersionTheVersionOptionPrints()
    {
        // `--version` alone is answered before the command tree is built; it must print what System.CommandLine's
        // version option prints: the executable's informational version, source revision included.
        var expected = typeof(Scanner.Cli.ExitCodes).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
        var r = CliRunner.Run("--version");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(expected + "\n", r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void Version_IntoAFileAlreadyWrittenTo_IsAppendedNotWrittenOverItsStart()
    {
        // `{ echo before; latticescan --version; echo after; } > log`: one descriptor shared by three writers.
        var log = Path.Combine(Directory.CreateTempSubdirectory("latticescan-version-").FullName, "log.txt");
        var psi = new System.Diagnostics.ProcessStartInfo("sh") { UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("{ echo before; dotnet \"$1\" --version; echo after; } > \"$2\"");
        psi.ArgumentList.Add("sh");
        psi.ArgumentList.Add(CliRunner.Dll);
        psi.ArgumentList.Add(log);
        using var p = System.Diagnostics.Process.Start(psi)!;
        Assert.True(p.WaitForExit(TimeSpan.FromSeconds(60)));
        var lines = File.ReadAllLines(log);
        Assert.Equal(3, lines.Length);
        Assert.Equal("before", lines[0]);
        Assert.Equal(CliRunner.Run("--version").Stdout.TrimEnd('\n'), lines[1]);
        Assert.Equal("after", lines[2]);
    }

    [Fact]
    public void Version_AndHelp_Work()
    {
        Assert.Equal(0, CliRunner.Run("--version").ExitCode);
        var help = CliRunner.Run("scan", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--terraform-plan", help.Stdout);
        Assert.Contains("--fail-on", help.Stdout);
    }
}
