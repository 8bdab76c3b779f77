using System.Diagnostics;
using System.Text.Json;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using static Scanner.FakeAws.FieldReportIds;

namespace Scanner.Cli.Tests;

/// <summary>
/// The real CLI against the loopback fake AWS, configured only through the environment a user would set
/// (AWS_ENDPOINT_URL, static keys, AWS_REGION): org-wide discovery, assume-role, every region, faults.
/// </summary>
public class LiveScanTests
{
    private static readonly string[] StarterRules =
        ["--rule", "LATTICE-GW-001", "--rule", "LATTICE-SHARE-001", "--rule", "LATTICE-SHARE-002", "--rule", "LATTICE-LOG-001"];

    private static string Lattice(string account, string type, string id) => $"arn:aws:vpc-lattice:{Tokyo}:{account}:{type}/{id}";

    private static (string Rule, string Resource)[] FindingsOf(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("resourceKey").GetString()!))
            .Order().ToArray();
    }

    [Fact]
    public async Task ScanAwsOrg_FieldReportOrganization_FindsThePlantedStarterProblemsExactly()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var dir = Directory.CreateTempSubdirectory().FullName;
        var json = Path.Combine(dir, "live.json");
        var sarif = Path.Combine(dir, "live.sarif");
        var r = CliRunner.Run(dir, aws.EnvironmentVariables(), ["scan", "--aws", "--org", "--regions", "all", .. StarterRules, "--json", json, "--sarif", sarif]);
        Assert.True(r.ExitCode == 1, $"exit {r.ExitCode}\n{r.Stdout}\n{r.Stderr}");

        // Exactly the planted problems of the field-report organization, and nothing on the clean resources:
        // the tight Aurora gateway, the logged Aurora configuration, the in-organization share, the suspended
        // account, and the partner's own configuration and share (owned outside the organization) do not fire.
        (string, string)[] expected =
        [
            ("LATTICE-GW-001", Lattice(Provider, "resourcegateway", SqlServerGateway)),
            ("LATTICE-LOG-001", Lattice(Provider, "resourceconfiguration", ReportingChild)),
            ("LATTICE-LOG-001", Lattice(Provider, "resourceconfiguration", ReportingGroup)),
            ("LATTICE-LOG-001", Lattice(Provider, "resourceconfiguration", SqlServerConfig)),
            ("LATTICE-SHARE-001", $"arn:aws:ram:{Tokyo}:{Provider}:resource-share/{OutsideShare}"),
            ("LATTICE-SHARE-001", $"arn:aws:ram:{Tokyo}:{Provider}:resource-share/{OrdersShare}"),
            ("LATTICE-SHARE-002", $"arn:aws:ram:{Tokyo}:{Provider}:resource-share/{OutsideShare}"),
            ("LATTICE-SHARE-002", $"arn:aws:ram:{Tokyo}:{Provider}:resource-share/{OrdersShare}"),
        ];
        Assert.Equal(expected.Order().ToArray(), FindingsOf(File.ReadAllText(json)));
        Assert.Contains("skipped account " + Suspended, r.Stderr);
        Assert.Contains($"account skipped: {Suspended}: SUSPENDED", File.ReadAllText(json));

        // Live SARIF locations are synthetic scheme-less paths, never ARNs.
        using var s = JsonDocument.Parse(File.ReadAllText(sarif));
        foreach (var result in s.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            var uri = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            Assert.StartsWith("aws/", uri);
            Assert.DoesNotContain(":", uri);
        }
    }

    [SkippableFact]
    public async Task ScanAwsOrg_FieldReportOrganizationSarif_PassesTheGithubJudge()
    {
        RequiredTool.Require(SharedToolLocator.MissingPrerequisite());
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var dir = Directory.CreateTempSubdirectory().FullName;
        var sarif = Path.Combine(dir, "live.sarif");
        var r = CliRunner.Run(dir, aws.EnvironmentVariables(), ["scan", "--aws", "--org", "--regions", "all", .. StarterRules, "--sarif", sarif]);
        Assert.True(r.ExitCode == 1, $"exit {r.ExitCode}\n{r.Stdout}\n{r.Stderr}");
        var (exit, output) = SarifJudge.Validate(sarif);
        Assert.True(exit == 0, output);
    }

    [Fact]
    public async Task ScanAwsOrg_AllBundledRules_FindExactlyThePlantedProblems()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var r = CliRunner.Run(Directory.CreateTempSubdirectory().FullName, aws.EnvironmentVariables(), "scan", "--aws", "--org", "--regions", "all", "--format", "json", "--fail-on", "none");
        Assert.True(r.ExitCode == 0, r.Stderr);
        string Ec2(string account, string id) => $"arn:aws:ec2:{Tokyo}:{account}:vpc-endpoint/{id}";
        (string, string)[] expected =
        [
            ("LATTICE-ASSOC-001", Lattice(AppConsumer, "servicenetworkvpcassociation", TokyoVpcAssociation)),   // no security groups
            ("LATTICE-ASSOC-002", Lattice(Analytics, "servicenetworkvpcassociation", AnalyticsVpcAssociation)), // all TCP from 0.0.0.0/0, to a shared-in network
            ("LATTICE-ASSOC-003", Lattice(Analytics, "servicenetworkvpcassociation", AnalyticsVpcAssociation)), // 0-65535, the network serves 5432
            ("LATTICE-EP-001", Ec2(AppConsumer, SqlServerEndpoint)),                                            // SG open to the internet
            ("LATTICE-EP-002", Ec2(AppConsumer, SqlServerEndpoint)),                                            // private DNS off
            ("LATTICE-EP-002", Ec2(Analytics, ExternalEndpoint)),
            ("LATTICE-EP-003", Ec2(Analytics, ExternalEndpoint)),                                               // consumes the partner's configuration
            ("LATTICE-EP-005", Ec2(AppConsumer, SqlServerEndpoint)),                                            // all ports, configuration serves 1433
            ("LATTICE-EP-005", Ec2(Analytics, ExternalEndpoint)),                                               // 5432, configuration serves 443
            ("LATTICE-GW-001", Lattice(Provider, "resourcegateway", SqlServerGateway)),                          // 0.0.0.0/0 and ::/0 inbound
            ("LATTICE-GW-003", Lattice(Provider, "resourcegateway", AuroraGateway)),                             // EC2's default all-open egress
            ("LATTICE-GW-003", Lattice(Provider, "resourcegateway", SqlServerGateway)),
            ("LATTICE-GW-005", Lattice(Provider, "resourcegateway", SqlServerGateway)),                          // one subnet
            ("LATTICE-LOG-001", Lattice(Provider, "resourceconfiguration", ReportingChild)),
            ("LATTICE-LOG-001", Lattice(Provider, "resourceconfiguration", ReportingGroup)),
            ("LATTICE-LOG-001", Lattice(Provider, "resourceconfiguration", SqlServerConfig)),
            ("LATTICE-LOG-002", Lattice(AppConsumer, "servicenetwork", TokyoNetwork)),                           // network without logs
            ("LATTICE-RCFG-002", Lattice(Provider, "resourceconfiguration", ReportingChild)),                    // 1024-65535
            ("LATTICE-RCFG-003", Lattice(Provider, "resourceconfiguration", SqlServerConfig)),                   // IP of an RDS ENI
            ("LATTICE-RCFG-007", Lattice(Provider, "resourceconfiguration", ReportingChild)),                    // not shared, associated or consumed
            ("LATTICE-RCFG-007", Lattice(Provider, "resourceconfiguration", ReportingGroup)),
            ("LATTICE-SHARE-001", $"arn:aws:ram:{Tokyo}:{Provider}:resource-share/{OutsideShare}"),
            ("LATTICE-SHARE-001", $"arn:aws:ram:{Tokyo}:{Provider}:resource-share/{OrdersShare}"),               // orders-api to the partner
            ("LATTICE-SHARE-002", $"arn:aws:ram:{Tokyo}:{Provider}:resource-share/{OutsideShare}"),
            ("LATTICE-SHARE-002", $"arn:aws:ram:{Tokyo}:{Provider}:resource-share/{OrdersShare}"),
            ("LATTICE-SN-001", Lattice(AppConsumer, "servicenetwork", TokyoNetwork)),                            // auth type NONE
            ("LATTICE-SN-002", Lattice(AppConsumer, "service", HelloService) + "/authpolicy"),                   // any principal, on a service
            ("LATTICE-SN-003", Lattice(Provider, "resourceconfiguration", SqlServerConfig) + "/resourcepolicy"), // Principal * without org condition
            ("LATTICE-SVC-001", Lattice(Provider, "service", OrdersService)),                                    // shared with the partner
            ("LATTICE-SVC-002", Lattice(Provider, "service", OrdersService)),                                    // auth NONE and reachable from the partner
            ("LATTICE-SVC-003", Lattice(AppConsumer, "service", HelloService)),                                  // no logs, nor on its network
        ];
        Assert.Equal(expected.Order().ToArray(), FindingsOf(r.Stdout));

        // Findings about a live service name it: the auth policy's service; the service and the outside principal that reaches it.
        using var doc = JsonDocument.Parse(r.Stdout);
        string MessageOf(string rule) => doc.RootElement.GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("ruleId").GetString() == rule).GetProperty("message").GetString()!;
        Assert.Contains(Lattice(AppConsumer, "service", HelloService), MessageOf("LATTICE-SN-002"));
        Assert.Contains("orders-api", MessageOf("LATTICE-SVC-002"));
        Assert.Contains(ExternalPartner, MessageOf("LATTICE-SVC-002"));
    }

    [Fact]
    public async Task ScanAwsOrg_WithFaults_ReportsEachAndExits3_UnlessAllowPartial()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.AccessDenied) { Service = "vpc-lattice", Operation = "ListResourceGateways", AccountId = AppConsumer, Region = Virginia });
        var dir = Directory.CreateTempSubdirectory().FullName;
        var json = Path.Combine(dir, "partial.json");
        var strict = CliRunner.Run(dir, aws.EnvironmentVariables(), ["scan", "--aws", "--org", "--regions", "all", .. StarterRules, "--json", json]);
        Assert.True(strict.ExitCode == 3, $"exit {strict.ExitCode}\n{strict.Stderr}");
        using (var doc = JsonDocument.Parse(File.ReadAllText(json)))
        {
            var errors = doc.RootElement.GetProperty("errors").EnumerateArray().Where(e => e.GetProperty("level").GetString() == "error").ToList();
            var error = Assert.Single(errors);
            Assert.Contains("ListResourceGateways", error.GetRawText());
            Assert.Contains(AppConsumer, error.GetRawText());
            Assert.Contains(Virginia, error.GetRawText());
        }
        // The healthy accounts' findings are all still there.
        Assert.Contains(("LATTICE-GW-001", Lattice(Provider, "resourcegateway", SqlServerGateway)), FindingsOf(File.ReadAllText(json)));

        var partial = CliRunner.Run(dir, aws.EnvironmentVariables(), ["scan", "--aws", "--org", "--regions", "all", .. StarterRules, "--allow-partial"]);
        Assert.Equal(1, partial.ExitCode);
    }

    [Fact]
    public async Task ScanAws_OutputsNeverContainCredentials()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var dir = Directory.CreateTempSubdirectory().FullName;
        var files = new[] { "o.json", "o.sarif", "inv.json" }.Select(f => Path.Combine(dir, f)).ToArray();
        var scan = CliRunner.Run(dir, aws.EnvironmentVariables(), "scan", "--aws", "--org", "--regions", "all", "--verbose", "--json", files[0], "--sarif", files[1], "--format", "json");
        var collect = CliRunner.Run(dir, aws.EnvironmentVariables(), "collect", "--aws", "--org", "--regions", "all", "--verbose", "--output", files[2]);
        Assert.True(collect.ExitCode == 0, collect.Stderr);
        var secrets = aws.IssuedSecrets.Append(aws.ManagementCredentials.SecretAccessKey).ToList();
        Assert.True(secrets.Count > 3, "the scan should have assumed roles");
        var texts = files.Select(File.ReadAllText).Concat([scan.Stdout, scan.Stderr, collect.Stdout, collect.Stderr]).ToList();
        Assert.Contains(texts, t => t.Contains("ListResourceGateways"));
        foreach (var text in texts)
        {
            foreach (var secret in secrets) Assert.DoesNotContain(secret, text);
            Assert.DoesNotContain("Signature=", text);
            Assert.DoesNotContain("X-Amz-Security-Token", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task CollectThenScanInventory_GivesTheSameFindingsAsALiveScan()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var dir = Directory.CreateTempSubdirectory().FullName;
        var inventory = Path.Combine(dir, "inventory.json");
        Assert.Equal(0, CliRunner.Run(dir, aws.EnvironmentVariables(), "collect", "--aws", "--org", "--regions", "all", "--output", inventory).ExitCode);
        var live = CliRunner.Run(dir, aws.EnvironmentVariables(), "scan", "--aws", "--org", "--regions", "all", "--format", "json", "--fail-on", "none");
        var offline = CliRunner.RunIn(dir, null, "scan", "--inventory", inventory, "--format", "json", "--fail-on", "none");
        Assert.True(offline.ExitCode == 0, offline.Stderr);
        Assert.Equal(FindingsOf(live.Stdout), FindingsOf(offline.Stdout));
        Assert.NotEmpty(FindingsOf(offline.Stdout));
    }

    [Fact]
    public async Task MergeShardsIntoOneReport_EqualsTheUnshardedScan()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        var dir = Directory.CreateTempSubdirectory().FullName;
        string[] shards = [Path.Combine(dir, "s0.json"), Path.Combine(dir, "s1.json")];
        for (var i = 0; i < shards.Length; i++)
            Assert.Equal(0, CliRunner.Run(dir, aws.EnvironmentVariables(), "collect", "--aws", "--org", "--regions", "all", "--shard", $"{i}/2", "--output", shards[i]).ExitCode);
        var report = Path.Combine(dir, "merged-report.json");
        var sarif = Path.Combine(dir, "merged.sarif");
        // merge gates like scan: the organization has high findings, so the default threshold fails (exit 1).
        var merge = CliRunner.RunIn(dir, null, ["merge", .. shards, "--json", report, "--sarif", sarif]);
        Assert.True(merge.ExitCode == 1, merge.Stderr);
        var live = CliRunner.Run(dir, aws.EnvironmentVariables(), "scan", "--aws", "--org", "--regions", "all", "--format", "json", "--fail-on", "none");
        Assert.Equal(FindingsOf(live.Stdout), FindingsOf(File.ReadAllText(report)));
        using var s = JsonDocument.Parse(File.ReadAllText(sarif));
        Assert.Equal(FindingsOf(live.Stdout).Length, s.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task Scan_InterruptedBySigint_Exits130AndLeavesPreviousOutputIntact()
    {
        await using var aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        aws.Faults.Add(new EmulatedFault(EmulatedFaultKind.Delay) { Service = "vpc-lattice", Delay = TimeSpan.FromSeconds(20) });
        var dir = Directory.CreateTempSubdirectory().FullName;
        var sarif = Path.Combine(dir, "previous.sarif");
        File.WriteAllText(sarif, "{\"previous\": true}");

        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = dir, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { CliRunner.Dll, "scan", "--aws", "--org", "--regions", "all", "--sarif", sarif }) psi.ArgumentList.Add(a);
        foreach (var (k, v) in aws.EnvironmentVariables()) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        _ = p.StandardOutput.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!aws.Calls.Any(c => c.Service == "vpc-lattice") && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.True(aws.Calls.Any(c => c.Service == "vpc-lattice"), "the scan never reached VPC Lattice" + (p.HasExited ? $" (exit {p.ExitCode}: {await stderr})" : ""));
        using (var kill = Process.Start("kill", ["-INT", p.Id.ToString()])) await kill.WaitForExitAsync();
        Assert.True(p.WaitForExit(TimeSpan.FromSeconds(15)), "latticescan did not stop after SIGINT");
        Assert.Equal(130, p.ExitCode);
        Assert.Contains("interrupted", await stderr);
        Assert.Equal("{\"previous\": true}", File.ReadAllText(sarif));
        Assert.Equal(["previous.sarif"], Directory.GetFiles(dir).Select(Path.GetFileName));
    }
}
