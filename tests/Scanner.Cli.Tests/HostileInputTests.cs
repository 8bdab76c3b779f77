namespace Scanner.Cli.Tests;

/// <summary>
/// Every input read from disk is bounded by the bytes actually read and refuses devices and FIFOs; folder walks
/// end on symbolic-link loops. Each case: exit 2 with one line (or a normal result), never 70, never a hang.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("latticescan-hostile-").FullName;
    private static string Plan => Path.Combine(RepoPaths.Root, "examples/terraform/plan.json");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static void AssertOneLineError(CliRunner.Result r, string fragment)
    {
        Assert.True(r.ExitCode == 2, $"exit {r.ExitCode}; stderr: {r.Stderr}");
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, "stderr: " + r.Stderr);
        Assert.StartsWith("latticescan: error: ", lines[0]);
        Assert.Contains(fragment, lines[0]);
    }

    [Theory]
    [InlineData("--terraform-plan")]
    [InlineData("--cloudformation")]
    [InlineData("--inventory")]
    [InlineData("--baseline")]
    [InlineData("--suppressions")]
    [InlineData("--config")]
    [InlineData("--org-accounts")]
    public void Scan_DevZeroAsInput_RefusedWithOneLine(string flag)
    {
        string[] args = flag is "--terraform-plan" or "--cloudformation" or "--inventory"
            ? ["scan", flag, "/dev/zero"]
            : ["scan", "--terraform-plan", Plan, flag, "/dev/zero"];
        AssertOneLineError(CliRunner.RunIn(_dir, null, args), "/dev/zero: is a character device, not a regular file");
    }

    [Fact]
    public void Scan_ConfigAccountsFileIsADevice_RefusedWithOneLine()
    {
        File.WriteAllText(Path.Combine(_dir, ".latticescan.yaml"), "organization:\n  accounts_file: /dev/zero\n");
        AssertOneLineError(CliRunner.RunIn(_dir, null, "scan", "--terraform-plan", Plan), "/dev/zero: is a character device");
    }

    [Fact]
    public void Scan_ConfigAccountsFileIsTheEnvironment_ErrorQuotesNothingFromIt()
    {
        File.WriteAllText(Path.Combine(_dir, ".latticescan.yaml"), "organization:\n  accounts_file: /proc/self/environ\n");
        var env = new Dictionary<string, string> { ["AWS_SECRET_ACCESS_KEY"] = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY" };
        var r = CliRunner.RunIn(_dir, env, "scan", "--terraform-plan", Plan);
        AssertOneLineError(r, "/proc/self/environ");
        Assert.DoesNotContain("SECRETKEY", r.Stderr);
        Assert.DoesNotContain("AWS_SECRET_ACCESS_KEY", r.Stderr);
        Assert.DoesNotContain("PATH=", r.Stderr);
    }

    [Fact]
    public void Scan_AccountListFileWithAForeignFirstLine_ErrorGivesThePositionNotTheText()
    {
        var list = Path.Combine(_dir, "accounts.txt");
        File.WriteAllText(list, "root:$6$saltsalt$hashhashhash:19000:0:99999:7:::\n");
        var r = CliRunner.RunIn(_dir, null, "scan", "--terraform-plan", Plan, "--org-accounts", list);
        AssertOneLineError(r, "accounts.txt:1:1: not a 12-digit AWS account id");
        Assert.DoesNotContain("hashhash", r.Stderr);
    }

    [Fact]
    public void Scan_FifoAsPlan_RefusedWithoutBlocking()
    {
        var fifo = Path.Combine(_dir, "plan.json");
        OutputCommitTests.Mkfifo(fifo);
        AssertOneLineError(CliRunner.RunIn(_dir, null, "scan", "--terraform-plan", fifo), "is a FIFO (named pipe), not a regular file");
    }

    [Fact]
    public void Scan_RuleFolderWithALinkToADevice_RuleErrorNamesTheFile()
    {
        var rules = Directory.CreateDirectory(Path.Combine(_dir, "rules")).FullName;
        File.CreateSymbolicLink(Path.Combine(rules, "evil.yaml"), "/dev/zero");
        var r = CliRunner.RunIn(_dir, null, "scan", "--terraform-plan", Plan, "--rules", rules);
        Assert.True(r.ExitCode == 2, r.Stderr);
        Assert.Contains("evil.yaml: is a character device", r.Stderr);
        Assert.DoesNotContain("internal error", r.Stderr);
    }

    [Fact]
    public void Scan_TfSourceLinkedToDevZero_IsSkippedAndTheScanCompletes()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "tf")).FullName;
        File.Copy(Plan, Path.Combine(folder, "plan.json"));
        File.CreateSymbolicLink(Path.Combine(folder, "evil.tf"), "/dev/zero");
        var r = CliRunner.RunIn(_dir, null, "scan", "--terraform-plan", Path.Combine(folder, "plan.json"), "--fail-on", "none");
        Assert.True(r.ExitCode == 0, r.Stderr);
    }

    [Theory]
    [InlineData("--rules")]
    [InlineData("--cloudformation")]
    [InlineData("--terraform-plan")]
    [InlineData("config rules.folders")]
    public void Scan_FolderWithSymlinkLoops_WalkEndsAndEachFileIsReadOnce(string input)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "in")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(folder, "a"), ".");
        Directory.CreateSymbolicLink(Path.Combine(folder, "b"), ".");
        // A link to the parent too, except where the parent holds the config (it would be read as a rule file).
        if (input != "config rules.folders") Directory.CreateSymbolicLink(Path.Combine(folder, "up"), "..");
        string[] args;
        switch (input)
        {
            case "--cloudformation":
                File.Copy(Path.Combine(RepoPaths.Root, "examples/cloudformation/provider.yaml"), Path.Combine(folder, "provider.yaml"));
                args = ["scan", "--cloudformation", folder, "--fail-on", "none", "--format", "json"];
                break;
            case "--terraform-plan":
                File.Copy(Plan, Path.Combine(folder, "plan.json"));
                args = ["scan", "--terraform-plan", folder, "--fail-on", "none", "--format", "json"];
                break;
            default:
                File.WriteAllText(Path.Combine(folder, "custom.yaml"), CustomRule);
                if (input == "--rules") args = ["scan", "--terraform-plan", Plan, "--rules", folder, "--fail-on", "none", "--format", "json"];
                else
                {
                    File.WriteAllText(Path.Combine(_dir, ".latticescan.yaml"), "rules:\n  folders: [./in]\n");
                    args = ["scan", "--terraform-plan", Plan, "--fail-on", "none", "--format", "json"];
                }
                break;
        }
        var r = CliRunner.RunIn(_dir, null, args);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("\"findings\"", r.Stdout);
    }

    private const string CustomRule = """
        id: CUSTOM-LOOP-1
        name: custom-loop
        title: A custom rule found through a folder with link loops
        severity: low
        severity_rationale: test
        description: test
        remediation: none
        resource: resource_gateway
        message: "{{ resource }}"
        condition: { path: name, exists: true }
        """;
}
