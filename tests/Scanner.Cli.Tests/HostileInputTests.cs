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

    // A list of this many distinct security-group ids per endpoint: a few bytes of text each, a value, a text and a
    // reference each in memory.
    private const int IdsPerEndpoint = 1000;

    /// <summary>Endpoints with long lists of distinct short ids, as a template (YAML or JSON) or a plan, of about <paramref name="bytes"/>.</summary>
    private string DenseInput(string form, int bytes)
    {
        var text = new System.Text.StringBuilder();
        var next = 0;
        string Ids(string quote) => string.Join(",", Enumerable.Range(0, IdsPerEndpoint).Select(_ => $"{quote}sg-{next++:x}{quote}"));
        switch (form)
        {
            case "yaml":
                text.Append("Resources:\n");
                for (var i = 0; text.Length < bytes; i++)
                    text.Append($"  Ep{i}:\n    Type: AWS::EC2::VPCEndpoint\n    Properties: {{VpcEndpointType: Resource, VpcId: vpc-1, SecurityGroupIds: [{Ids("")}]}}\n");
                break;
            case "json":
                text.Append("{\"Resources\": {");
                for (var i = 0; text.Length < bytes; i++)
                    text.Append(i == 0 ? "" : ",").Append($"\"Ep{i}\": {{\"Type\": \"AWS::EC2::VPCEndpoint\", \"Properties\": {{\"VpcEndpointType\": \"Resource\", \"VpcId\": \"vpc-1\", \"SecurityGroupIds\": [{Ids("\"")}]}}}}");
                text.Append("}}");
                break;
            default:
                text.Append("{\"format_version\": \"1.2\", \"resource_changes\": [");
                for (var i = 0; text.Length < bytes; i++)
                    text.Append(i == 0 ? "" : ",").Append($"{{\"address\": \"aws_vpc_endpoint.e{i}\", \"mode\": \"managed\", \"type\": \"aws_vpc_endpoint\", \"name\": \"e{i}\", " +
                        $"\"change\": {{\"actions\": [\"create\"], \"after\": {{\"vpc_endpoint_type\": \"Resource\", \"vpc_id\": \"vpc-1\", \"security_group_ids\": [{Ids("\"")}]}}, \"after_unknown\": {{}}}}}}");
                text.Append("]}");
                break;
        }
        var path = Path.Combine(_dir, form == "plan" ? "dense-plan.json" : $"dense.{form}");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    [Theory]
    [InlineData("--cloudformation", "yaml")]
    [InlineData("--cloudformation", "json")]
    [InlineData("--terraform-plan", "plan")]
    public void Scan_InputMadeOfMillionsOfTinyParts_RefusedWithinItsMemoryBudget_PreviousReportKept(string flag, string form)
    {
        // 6 MB of distinct ids: about 650,000 values and references, which would take some 25 times the file's size.
        var input = DenseInput(form, 6_000_000);
        var sarif = Path.Combine(_dir, "previous.sarif");
        File.WriteAllText(sarif, "previous report");
        var r = CliRunner.RunIn(_dir, null, "scan", flag, input, "--sarif", sarif);
        AssertOneLineError(r, $"{input}: reading it would take more than");
        Assert.Contains("2× its", r.Stderr);
        Assert.Contains("docs/limits.md", r.Stderr);
        Assert.Equal("previous report", File.ReadAllText(sarif));
    }

    [Fact]
    public void Scan_SameKindOfInputAtAUsualDensity_IsScanned()
    {
        // The same endpoints with one id each: the file is read, not refused.
        var input = Path.Combine(_dir, "usual.yaml");
        var text = new System.Text.StringBuilder("Resources:\n");
        for (var i = 0; i < 20_000; i++)
            text.Append($"  Ep{i}:\n    Type: AWS::EC2::VPCEndpoint\n    Properties: {{VpcEndpointType: Resource, VpcId: vpc-1, SecurityGroupIds: [sg-{i:x}]}}\n");
        File.WriteAllText(input, text.ToString());
        var r = CliRunner.RunIn(_dir, null, "scan", "--cloudformation", input, "--fail-on", "none", "--json", Path.Combine(_dir, "usual.json"));
        Assert.True(r.ExitCode == 0, $"exit {r.ExitCode}; stderr: {r.Stderr}");
        Assert.Contains("run on 20000 resource(s)", (r.Stdout + r.Stderr).Replace(",", ""));
    }
}
