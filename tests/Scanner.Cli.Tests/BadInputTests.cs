namespace Scanner.Cli.Tests;

/// <summary>Bad input: exit code 2, one line on stderr naming the problem, no stack trace, no output file.</summary>
public class BadInputTests
{
    private static (CliRunner.Result Result, string Dir) ScanFile(string fileName, string content, string flag)
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var input = Path.Combine(dir, fileName);
        File.WriteAllText(input, content);
        var r = CliRunner.RunIn(dir, null, "scan", flag, input, "--sarif", Path.Combine(dir, "out.sarif"), "--json", Path.Combine(dir, "out.json"));
        return (r, dir);
    }

    private static void AssertOneLineError(CliRunner.Result r, string expectedFragment)
    {
        Assert.Equal(2, r.ExitCode);
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, "stderr: " + r.Stderr);
        Assert.StartsWith("latticescan: error: ", lines[0]);
        Assert.Contains(expectedFragment, lines[0]);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void Scan_TruncatedPlan_FailsWithLineAndColumn()
    {
        var (r, dir) = ScanFile("plan.json", "{\"format_version\":\"1.2\",\"resource_changes\":[{\"address\":", "--terraform-plan");
        AssertOneLineError(r, "plan.json:1:");
        Assert.False(File.Exists(Path.Combine(dir, "out.sarif")));
        Assert.False(File.Exists(Path.Combine(dir, "out.json")));
    }

    [Fact]
    public void Scan_EmptyPlan_Fails()
    {
        var (r, _) = ScanFile("plan.json", "", "--terraform-plan");
        AssertOneLineError(r, "plan.json");
    }

    [Fact]
    public void Scan_TemplateWithUnknownTag_FailsWithLocation()
    {
        var (r, _) = ScanFile("t.yaml", "Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: !Bogus x\n", "--cloudformation");
        AssertOneLineError(r, "t.yaml:5:");
    }

    [Fact]
    public void Scan_MissingFile_Fails()
    {
        var r = CliRunner.Run("scan", "--terraform-plan", "does/not/exist.json");
        AssertOneLineError(r, "does/not/exist.json");
    }

    [Fact]
    public void Scan_UnknownFlag_IsAUsageError()
    {
        var r = CliRunner.Run("scan", "--terraform-plans", "x.json");
        AssertOneLineError(r, "--terraform-plans");
    }

    [Fact]
    public void Scan_NothingToScan_IsAUsageError()
    {
        var r = CliRunner.Run("scan");
        AssertOneLineError(r, "nothing to scan");
    }

    [Fact]
    public void Scan_BrokenRuleFolder_FailsBeforeScanning()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(dir, "bad.yaml"), "id: X-1\nname: x\ntitle: t\nseverity: huge\nseverity_rationale: r\ndescription: d\nremediation: r\nresource: resource_gateway\nmessage: m\ncondition: { path: name, equals: x }\n");
        var r = CliRunner.Run("scan", "--terraform-plan", "examples/terraform/plan.json", "--rules", dir);
        AssertOneLineError(r, "bad.yaml:4:11: severity 'huge'");
    }

    [Fact]
    public void Scan_FailedRun_LeavesPreviousOutputIntact()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var sarif = Path.Combine(dir, "out.sarif");
        File.WriteAllText(sarif, "previous");
        File.WriteAllText(Path.Combine(dir, "plan.json"), "{ not json");
        var r = CliRunner.RunIn(dir, null, "scan", "--terraform-plan", "plan.json", "--sarif", sarif);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("previous", File.ReadAllText(sarif));
        Assert.Equal(["out.sarif", "plan.json"], Directory.GetFiles(dir).Select(Path.GetFileName).Order());
    }
}
