using System.Text.Json;
using System.Text.RegularExpressions;
using Scanner.Core.Findings;
using Scanner.Reporting.Tests.Support;
using Xunit;

namespace Scanner.Reporting.Tests;

public sealed class SarifReportWriterTests
{
    public static TheoryData<string> ReportNames => new() { "iac", "live", "clean", "suppressed-included", "absent" };

    private static ScanReport Named(string name) => name switch
    {
        "iac" => TestReports.Iac(),
        "live" => TestReports.LiveReport(),
        "clean" => TestReports.Clean(),
        "suppressed-included" => TestReports.Report([TestReports.Suppressed(TestReports.Live()), TestReports.Suppressed(TestReports.Terraform(), SuppressionKind.InSource)], ["aws"]),
        _ => BaselineComparer.Apply(TestReports.LiveReport(), [new BaselineEntry { Fingerprint = "0123456789abcdef0123456789abcdef", RuleId = "LATTICE999", Message = "gone", Severity = Severity.High }]),
    };

    [Theory]
    [MemberData(nameof(ReportNames))]
    public void Write_AnyReport_ValidAgainstOfficialSchema(string name)
    {
        var options = TestReports.Options with { IncludeSuppressedInSarif = true };
        var json = ReportBytes.Text(new SarifReportWriter(options), Named(name));

        Assert.Empty(Schemas.Errors(Schemas.Sarif, json));
    }

    [Fact]
    public void Write_LongReport_ReachesTheStreamInPieces_AndIsTheSameDocument()
    {
        // Results are written as they are made, not held as a log of every result until the end.
        var sarif = StreamedWrites.AssertReachesTheStreamInPieces(new SarifReportWriter(TestReports.Options), StreamedWrites.LongReport());

        Assert.Equal(3_000, JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Write_LongReport_MakesEachResultWhenItIsWritten()
    {
        // Findings with no file of their own read the report's input files when their result is made: the stream's
        // length at each read shows whether results are made as they are written or all before the first is.
        using var output = new MemoryStream();
        var reads = new List<long>();
        var findings = Enumerable.Range(0, 3_000)
            .Select(i => TestReports.Terraform() with { Location = null, ResourceKey = $"aws_vpclattice_resource_share.s{i}", Fingerprint = $"{i:x32}" }).ToList();
        var report = TestReports.Report(findings, ["terraform"]) with { InputFiles = new WatchedList(["plan.json"], () => reads.Add(output.Length)) };

        new SarifReportWriter(TestReports.Options).Write(report, output);

        Assert.NotEmpty(reads);
        Assert.True(reads[^1] > output.Length / 2, $"the last result was made when {reads[^1]} of {output.Length} bytes were written");
        Assert.Equal("plan.json", ReportBytes.Sarif(report).Results()[0].GetProperty("locations")[0].GetProperty("physicalLocation").Str("artifactLocation", "uri"));
    }

    /// <summary>A list that calls back whenever it is read.</summary>
    private sealed class WatchedList(IReadOnlyList<string> items, Action onRead) : IReadOnlyList<string>
    {
        public string this[int index] { get { onRead(); return items[index]; } }
        public int Count { get { onRead(); return items.Count; } }
        public IEnumerator<string> GetEnumerator() { onRead(); return items.GetEnumerator(); }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    [Fact]
    public void Write_Log_HasSchemaVersionAndOneRunWithDriverMetadata()
    {
        var sarif = ReportBytes.Sarif(TestReports.Iac());

        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", sarif.Str("$schema"));
        Assert.Equal("2.1.0", sarif.Str("version"));
        Assert.Single(sarif.GetProperty("runs").EnumerateArray());
        var driver = sarif.Run().GetProperty("tool").GetProperty("driver");
        Assert.Equal("latticescan", driver.Str("name"));
        Assert.Equal("0.1.0", driver.Str("version"));
        Assert.Equal("0.1.0", driver.Str("semanticVersion"));
        Assert.StartsWith("https://", driver.Str("informationUri"));
    }

    [Fact]
    public void Write_Rules_CarryFullMetadata()
    {
        var rule = ReportBytes.Sarif(TestReports.Iac()).Rule("LATTICE002");

        Assert.Equal("RuleLattice002", rule.Str("name"));
        Assert.Equal("Title of LATTICE002.", rule.Str("shortDescription", "text"));
        Assert.StartsWith("Description of LATTICE002", rule.Str("fullDescription", "text"));
        Assert.Contains("Fix LATTICE002", rule.Str("help", "text"));
        Assert.Equal("**LATTICE002**: restrict the share.", rule.Str("help", "markdown"));
        Assert.Equal("https://github.com/latticescan/latticescan/blob/main/docs/rules/LATTICE002.md", rule.Str("helpUri"));
        Assert.Equal("high", rule.Str("properties", "precision"));
        Assert.Equal("error", rule.Str("properties", "problem.severity"));
    }

    [Theory]
    [InlineData("LATTICE001", "error", "9.6")]
    [InlineData("LATTICE002", "error", "8.1")]
    [InlineData("LATTICE003", "warning", "5.0")]
    [InlineData("LATTICE004", "note", "2.5")]
    public void Write_Rules_LevelAndSecuritySeverityStringFollowSeverity(string ruleId, string level, string score)
    {
        var rule = ReportBytes.Sarif(TestReports.Iac()).Rule(ruleId);

        Assert.Equal(level, rule.Str("defaultConfiguration", "level"));
        var securitySeverity = rule.GetProperty("properties").GetProperty("security-severity");
        Assert.Equal(JsonValueKind.String, securitySeverity.ValueKind);
        Assert.Equal(score, securitySeverity.GetString());
    }

    [Fact]
    public void Write_RuleWithOutOfRangeScore_FallsBackToSeverityDefault()
    {
        var report = TestReports.Iac() with { Rules = [TestReports.Rule("LATTICE001", Severity.High, 42)] };

        var rule = ReportBytes.Sarif(report).Rule("LATTICE001");

        Assert.Equal("8.0", rule.Str("properties", "security-severity"));
    }

    [Fact]
    public void Write_RuleTags_IncludeSecurityOnceAndAtMostTen()
    {
        var manyTags = Enumerable.Range(1, 15).Select(i => "tag" + i).Append("security").ToArray();
        var report = TestReports.Iac() with { Rules = [TestReports.Rule("LATTICE001", Severity.Critical, 9.6, manyTags), .. TestReports.Rules.Skip(1)] };

        var sarif = ReportBytes.Sarif(report);
        var tags = sarif.Rule("LATTICE001").GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToList();
        var tags2 = sarif.Rule("LATTICE002").GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToList();

        Assert.Equal(10, tags.Count);
        Assert.Equal("security", tags[0]);
        Assert.Equal(["security", "security-group"], tags2);
    }

    [Fact]
    public void Write_NoHelpUriBase_OmitsHelpUri()
    {
        var sarif = ReportBytes.Sarif(TestReports.Iac(), TestReports.Options with { HelpUriBase = null });

        Assert.False(sarif.Rule("LATTICE001").TryGetProperty("helpUri", out _));
    }

    [Fact]
    public void Write_FindingOfRuleNotInReport_GetsPlaceholderRuleAndConsistentIndex()
    {
        var report = TestReports.Report([TestReports.Live("LATTICE777", Severity.High)], ["aws"]);

        var sarif = ReportBytes.Sarif(report);
        var result = sarif.Result("LATTICE777");
        var rules = sarif.Run().GetProperty("tool").GetProperty("driver").GetProperty("rules");

        Assert.Equal("LATTICE777", rules[result.GetProperty("ruleIndex").GetInt32()].Str("id"));
        Assert.Equal("error", sarif.Rule("LATTICE777").Str("defaultConfiguration", "level"));
    }

    [Fact]
    public void Write_Results_RuleIndexPointsAtRuleId()
    {
        var sarif = ReportBytes.Sarif(TestReports.Iac());
        var rules = sarif.Run().GetProperty("tool").GetProperty("driver").GetProperty("rules");

        Assert.NotEmpty(sarif.Results());
        foreach (var r in sarif.Results())
            Assert.Equal(r.Str("ruleId"), rules[r.GetProperty("ruleIndex").GetInt32()].Str("id"));
    }

    [Fact]
    public void Write_TerraformFinding_RepoRelativeUriRegionAndAddress()
    {
        var result = ReportBytes.Sarif(TestReports.Iac()).Result("LATTICE001");

        Assert.Equal("fail", result.Str("kind"));
        Assert.Equal("error", result.Str("level"));
        Assert.Equal("Resource share module.lattice.aws_ram_resource_share.partner allows external principals.", result.Str("message", "text"));
        var location = Assert.Single(result.GetProperty("locations").EnumerateArray());
        var physical = location.GetProperty("physicalLocation");
        Assert.Equal("infra/lattice/ram.tf", physical.Str("artifactLocation", "uri"));
        Assert.Equal(14, physical.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(3, physical.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal(18, physical.GetProperty("region").GetProperty("endLine").GetInt32());
        var logical = Assert.Single(location.GetProperty("logicalLocations").EnumerateArray());
        Assert.Equal("module.lattice.aws_ram_resource_share.partner", logical.Str("fullyQualifiedName"));
        Assert.Equal("resource", logical.Str("kind"));
    }

    [Fact]
    public void Write_AbsoluteIacPath_MadeRelativeToRepositoryRoot()
    {
        var result = ReportBytes.Sarif(TestReports.Iac()).Result("LATTICE003");

        Assert.Equal("cfn/stack.yaml", result.GetProperty("locations")[0].GetProperty("physicalLocation").Str("artifactLocation", "uri"));
    }

    [Fact]
    public void Write_PathWithSpace_PercentEncodedWithoutColumnWhenUnknown()
    {
        var sarif = ReportBytes.Sarif(TestReports.Iac());
        var plan = sarif.Result("LATTICE004").GetProperty("locations")[0].GetProperty("physicalLocation");
        var sg = sarif.Result("LATTICE002").GetProperty("locations")[0].GetProperty("physicalLocation");

        Assert.Equal("infra/plan%20dir/plan.json", plan.Str("artifactLocation", "uri"));
        Assert.Equal(120, plan.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.False(sg.GetProperty("region").TryGetProperty("startColumn", out _));
    }

    [Theory]
    [InlineData("./infra/a.tf", "infra/a.tf")]
    [InlineData("/work/repo/infra/a.tf", "infra/a.tf")]
    [InlineData("infra\\win\\a.tf", "infra/win/a.tf")]
    [InlineData("/elsewhere/plan:1.json", "../../elsewhere/plan%3A1.json")]
    [InlineData("../shared/plan.json", "../shared/plan.json")]
    [InlineData("infra/ü#1.tf", "infra/%C3%BC%231.tf")]
    public void Write_IacFilePath_NormalisedToSchemeLessRelativeUri(string file, string expected)
    {
        var report = TestReports.Report([TestReports.Terraform(file: file)], ["terraform"]);

        var uri = ReportBytes.Sarif(report).Results()[0].GetProperty("locations")[0].GetProperty("physicalLocation").Str("artifactLocation", "uri");

        Assert.Equal(expected, uri);
    }

    [Fact]
    public void Write_IacFindingWithoutLocation_UsesFileOfResourceKeyAtLineOne()
    {
        var finding = TestReports.Terraform() with { Location = null };

        var physical = ReportBytes.Sarif(TestReports.Report([finding], ["terraform"])).Results()[0].GetProperty("locations")[0].GetProperty("physicalLocation");

        Assert.Equal("infra/lattice/ram.tf", physical.Str("artifactLocation", "uri"));
        Assert.Equal(1, physical.GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Write_LiveFinding_SyntheticPathWithArnOnlyInLogicalLocationAndProperties()
    {
        var result = ReportBytes.Sarif(TestReports.LiveReport()).Result("LATTICE001");

        var location = result.GetProperty("locations")[0];
        var uri = location.GetProperty("physicalLocation").Str("artifactLocation", "uri");
        Assert.Equal("aws/111122223333/us-east-1/ram_resource_share/7ab63972-b505-7e2a-420d-6f5d3EXAMPLE", uri);
        Assert.Equal(1, location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(TestReports.ShareArn, location.GetProperty("logicalLocations")[0].Str("fullyQualifiedName"));
        Assert.Equal(TestReports.ShareArn, result.Str("properties", "aws/resourceArn"));
        Assert.Equal(TestReports.Account, result.Str("properties", "aws/accountId"));
        Assert.Equal("us-east-1", result.Str("properties", "aws/region"));
        Assert.Equal("ram_resource_share", result.Str("properties", "resourceKind"));
    }

    [Fact]
    public void Write_AllResults_UrisAreSchemeLessAndNeverArns()
    {
        var safe = new Regex("^[A-Za-z0-9._~/%-]+$");
        var findings = TestReports.Iac().Findings.Concat(TestReports.LiveReport().Findings)
            .Append(TestReports.Live(arn: "arn:aws:vpc-lattice::111122223333:servicenetwork/sn 1", id: "sn 1:x", region: ""))
            .ToList();

        var uris = ReportBytes.Sarif(TestReports.Report(findings, ["aws", "terraform"])).Results()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").Str("artifactLocation", "uri")).ToList();

        Assert.Equal(findings.Count, uris.Count);
        Assert.All(uris, u =>
        {
            Assert.Matches(safe, u);
            Assert.DoesNotContain(":", u);
            Assert.DoesNotContain("arn", u.Split('/')[0]);
            Assert.False(u.StartsWith('/') || u.StartsWith("./", StringComparison.Ordinal));
        });
        Assert.Contains("aws/111122223333/global/ram_resource_share/sn%201%3Ax", uris);
    }

    [Fact]
    public void Write_Results_PrimaryLocationLineHashAndFingerprintFromFinding()
    {
        var finding = TestReports.Live();

        var result = ReportBytes.Sarif(TestReports.Report([finding], ["aws"])).Results()[0];

        Assert.Equal(finding.Fingerprint + ":1", result.Str("partialFingerprints", "primaryLocationLineHash"));
        Assert.Equal(finding.Fingerprint, result.Str("fingerprints", "latticescan/v1"));
        Assert.All(result.GetProperty("partialFingerprints").EnumerateObject(), p => Assert.DoesNotContain("/", p.Name));
    }

    [Fact]
    public void Write_Results_EvidenceAndDependsOnUnknownInProperties()
    {
        var finding = TestReports.Terraform() with { DependsOnUnknown = true };

        var props = ReportBytes.Sarif(TestReports.Report([finding], ["terraform"])).Results()[0].GetProperty("properties");

        Assert.True(props.GetProperty("dependsOnUnknown").GetBoolean());
        var evidence = Assert.Single(props.GetProperty("evidence").EnumerateArray());
        Assert.Equal("allow_external_principals", evidence.Str("path"));
        Assert.Equal("true", evidence.Str("value"));
    }

    [Fact]
    public void Write_ReorderedFindingsAndRules_SameBytes()
    {
        var report = TestReports.Iac();
        var shuffled = report with { Findings = report.Findings.Reverse().ToList(), Rules = report.Rules.Reverse().ToList() };

        var a = ReportBytes.Of(new SarifReportWriter(TestReports.Options), report);
        var b = ReportBytes.Of(new SarifReportWriter(TestReports.Options), shuffled);

        Assert.Equal(a, b);
    }

    [Fact]
    public void Write_SameReportTwice_SameBytes()
    {
        var writer = new SarifReportWriter(TestReports.Options);

        Assert.Equal(ReportBytes.Of(writer, TestReports.LiveReport()), ReportBytes.Of(writer, TestReports.LiveReport()));
    }

    [Fact]
    public void Write_ReorderedFindings_FingerprintsStable()
    {
        var report = TestReports.LiveReport();
        static Dictionary<string, string> ByRule(JsonElement sarif) =>
            sarif.Results().ToDictionary(r => r.Str("ruleId"), r => r.Str("partialFingerprints", "primaryLocationLineHash"));

        var before = ByRule(ReportBytes.Sarif(report));
        var after = ByRule(ReportBytes.Sarif(report with { Findings = report.Findings.Reverse().ToList() }));

        Assert.Equal(2, before.Count);
        Assert.Equal(before, after);
    }

    [Fact]
    public void Write_Results_OrderedCriticalFirst()
    {
        var levels = ReportBytes.Sarif(TestReports.Iac()).Results().Select(r => r.Str("ruleId")).ToList();

        Assert.Equal(["LATTICE001", "LATTICE002", "LATTICE003", "LATTICE004"], levels);
    }

    [Fact]
    public void Write_SuppressedFindingByDefault_LeftOut()
    {
        var report = TestReports.Report([TestReports.Suppressed(TestReports.Live()), TestReports.Terraform("LATTICE002", Severity.High)], ["aws"]);

        var results = ReportBytes.Sarif(report, new ReportOptions { RepositoryRoot = TestReports.Root }).Results();

        Assert.Equal("LATTICE002", Assert.Single(results).Str("ruleId"));
    }

    [Theory]
    [InlineData(SuppressionKind.External, "external")]
    [InlineData(SuppressionKind.InSource, "inSource")]
    public void Write_SuppressedFindingWhenIncluded_CarriesAcceptedSuppression(SuppressionKind kind, string sarifKind)
    {
        var report = TestReports.Report([TestReports.Suppressed(TestReports.Live(), kind)], ["aws"]);

        var result = Assert.Single(ReportBytes.Sarif(report, TestReports.Options with { IncludeSuppressedInSarif = true }).Results());

        var suppression = Assert.Single(result.GetProperty("suppressions").EnumerateArray());
        Assert.Equal(sarifKind, suppression.Str("kind"));
        Assert.Equal("accepted", suppression.Str("status"));
        Assert.Equal("accepted risk: partner is a subsidiary", suppression.Str("justification"));
    }

    [Fact]
    public void Write_Diagnostics_BecomeNotificationsAndIncompleteScanUnsuccessful()
    {
        var invocation = ReportBytes.Sarif(TestReports.LiveReport()).Run().GetProperty("invocations")[0];

        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal("2026-03-01T10:00:00.000Z", invocation.Str("startTimeUtc"));
        Assert.Equal("2026-03-01T10:00:42.123Z", invocation.Str("endTimeUtc"));
        var notes = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().ToList();
        Assert.Equal(2, notes.Count);
        Assert.Equal("error", notes[0].Str("level"));
        Assert.Equal("AccessDenied", notes[0].Str("descriptor", "id"));
        Assert.Equal("not authorized to list resource gateways (account 444455556666, region ap-northeast-1, vpc-lattice:ListResourceGateways)", notes[0].Str("message", "text"));
        Assert.Equal("note", notes[1].Str("level"));
    }

    [Fact]
    public void Write_FileDiagnostic_MessageAndLocationNameFileLineColumn()
    {
        var invocation = ReportBytes.Sarif(TestReports.Iac()).Run().GetProperty("invocations")[0];

        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        var note = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("warning", note.Str("level"));
        Assert.Equal("infra/lattice/ram.tf:16:5: value known only after apply", note.Str("message", "text"));
        Assert.Equal("infra/lattice/ram.tf", note.GetProperty("locations")[0].GetProperty("physicalLocation").Str("artifactLocation", "uri"));
    }

    [Fact]
    public void Write_AbsentFindingsOnRequest_ResultsWithBaselineStateAbsentThatPass()
    {
        var baseline = new[] { new BaselineEntry { Fingerprint = "feedfacefeedfacefeedfacefeedface", RuleId = "LATTICE003", Message = "old", Severity = Severity.Medium, ResourceArn = TestReports.GatewayArn } };
        var report = BaselineComparer.Apply(TestReports.LiveReport(), baseline);

        var results = ReportBytes.Sarif(report, TestReports.Options with { IncludeAbsentInSarif = true }).Results();

        Assert.Equal(["new", "new", "absent"], results.Select(r => r.Str("baselineState")));
        Assert.Equal("feedfacefeedfacefeedfacefeedface:1", results[2].Str("partialFingerprints", "primaryLocationLineHash"));
        // Fixed since the baseline: a pass, never a failure or an error-level result.
        Assert.Equal(("pass", "none"), (results[2].Str("kind"), results[2].Str("level")));
        Assert.Equal(("fail", "error"), (results[0].Str("kind"), results[0].Str("level")));
    }

    [Fact]
    public void Write_AbsentFindingsByDefault_LeftOut()
    {
        var baseline = new[] { new BaselineEntry { Fingerprint = "feedfacefeedfacefeedfacefeedface", RuleId = "LATTICE003", Message = "old", Severity = Severity.Medium, ResourceArn = TestReports.GatewayArn } };
        var report = BaselineComparer.Apply(TestReports.LiveReport(), baseline);

        var results = ReportBytes.Sarif(report).Results();

        Assert.Equal(["new", "new"], results.Select(r => r.Str("baselineState")));
    }

    [Fact]
    public void Write_OmitAutomationDetails_LeavesTheCategoryToTheUploader()
    {
        var run = ReportBytes.Sarif(TestReports.Iac(), TestReports.Options with { OmitAutomationDetails = true }).Run();
        Assert.False(run.TryGetProperty("automationDetails", out _));
        Assert.True(ReportBytes.Sarif(TestReports.Iac()).Run().TryGetProperty("automationDetails", out _));
    }

    [Fact]
    public void Write_NoHelpUriBase_RuleWithoutItsOwnHelpUriHasNone()
    {
        var rules = TestReports.Rules.Select((r, i) => i == 0 ? r with { HelpUri = "https://example.com/rules/one" } : r).ToList();
        var report = TestReports.Iac() with { Rules = rules };

        var descriptors = ReportBytes.Sarif(report, TestReports.Options with { HelpUriBase = null }).Run().GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();

        Assert.Equal("https://example.com/rules/one", descriptors.Single(d => d.Str("id") == rules[0].Id).Str("helpUri"));
        Assert.All(descriptors.Where(d => d.Str("id") != rules[0].Id), d => Assert.False(d.TryGetProperty("helpUri", out _)));
    }

    [Theory]
    [InlineData("iac", "latticescan/cloudformation+terraform/")]
    [InlineData("live", "latticescan/aws/accounts-")]
    [InlineData("single", "latticescan/aws/111122223333/")]
    [InlineData("dir", "latticescan/terraform/infra/lattice/")]
    public void Write_NoAutomationId_DerivedFromSources(string kind, string expectedPrefix)
    {
        var report = kind switch
        {
            "iac" => TestReports.Iac(),
            "live" => TestReports.LiveReport(),
            "single" => TestReports.LiveReport() with { Accounts = [TestReports.Account] },
            _ => TestReports.Report([], ["terraform"], inputFiles: ["infra/lattice/ram.tf", "/work/repo/infra/lattice/sg.tf"]),
        };

        var id = ReportBytes.Sarif(report).Run().Str("automationDetails", "id");

        Assert.StartsWith(expectedPrefix, id);
        Assert.EndsWith("/", id);
        if (kind == "live") Assert.Matches("^latticescan/aws/accounts-[0-9a-f]{12}/$", id);
    }

    [Fact]
    public void Write_ExplicitAutomationId_UsedWithTrailingSlash()
    {
        var id = ReportBytes.Sarif(TestReports.LiveReport(), TestReports.Options with { AutomationId = "latticescan/prod" }).Run().Str("automationDetails", "id");

        Assert.Equal("latticescan/prod/", id);
    }

    [Fact]
    public void Write_CleanScan_EmptyResultsWithRules()
    {
        var sarif = ReportBytes.Sarif(TestReports.Clean());

        Assert.Empty(sarif.Results());
        Assert.Equal(4, sarif.Run().GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
        Assert.True(sarif.Run().GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
    }

    [Fact]
    public void Write_Output_StreamLeftOpen()
    {
        using var ms = new MemoryStream();

        new SarifReportWriter(TestReports.Options).Write(TestReports.Clean(), ms);

        Assert.True(ms.CanWrite);
        Assert.True(ms.Length > 0);
    }
}
