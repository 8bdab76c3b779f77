using System.Diagnostics;
using System.Text.Json;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Reporting.Asff;
using Scanner.Reporting.Tests.Support;
using Scanner.Tests.Shared;
using Scanner.Tests.Shared.SecurityHub;
using Xunit;

namespace Scanner.Reporting.Tests;

/// <summary>
/// ASFF: every document this writer produces here is validated against the Security Hub model's shapes
/// (<see cref="AsffModel"/>), and the mapping is checked member by member where it carries meaning.
/// </summary>
public class AsffReportWriterTests
{
    private static readonly Lazy<AsffModel> Model = new(AsffModel.Load);
    private static readonly AsffTarget Target = new("999988887777", "ap-northeast-1");

    private static JsonElement[] Asff(ScanReport report, AsffTarget? target = null)
    {
        var bytes = ReportBytes.Of(new AsffReportWriter(TestReports.Options, target ?? Target), report);
        var doc = JsonDocument.Parse(bytes).RootElement.Clone();
        var errors = Model.Value.ValidateFindingsArray(doc);
        Assert.True(errors.Count == 0, "ASFF invalid against the Security Hub model:\n" + string.Join("\n", errors.Take(20)));
        return doc.EnumerateArray().ToArray();
    }

    private static JsonElement Of(JsonElement[] findings, string ruleId) => findings.Single(f => f.Str("GeneratorId") == ruleId);

    [Fact]
    public void Model_FixtureHoldsTheFindingShapes()
    {
        Assert.True(Model.Value.ShapeCount > 100, $"{Model.Value.ShapeCount} shapes");
        Assert.Empty(Model.Value.Validate(JsonDocument.Parse("""{"Label":"HIGH","Normalized":70}""").RootElement, "Severity"));
    }

    [Theory]
    [InlineData("""{"Label":"SEVERE"}""", "Severity", "'SEVERE' is not one of SeverityLabel")]
    [InlineData("""{"Normalized":"70"}""", "Severity", "expected an integer (Integer)")]
    [InlineData("""{"Type":"Other"}""", "Resource", "Resource requires Id")]
    [InlineData("""{"Type":"Other","Id":"x","Colour":"red"}""", "Resource", "Resource has no member Colour")]
    [InlineData("""{"Type":"Other","Id":"   "}""", "Resource", "does not match NonEmptyString pattern")]
    [InlineData("""{"Type":"Other","Id":"x","Region":"a-very-long-region-name-1"}""", "Resource", "at most 16 allowed")]
    [InlineData("""{"Status":"FAILED","RelatedRequirements":"NIST.800-53.r5 AC-4"}""", "Compliance", "expected Array")]
    public void Model_RejectsWhatSecurityHubWouldReject(string json, string shape, string expected)
    {
        var errors = Model.Value.Validate(JsonDocument.Parse(json).RootElement, shape);
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Model_FindingWithTooLongTitleOrShortAccount_IsRejected()
    {
        var finding = JsonSerializer.SerializeToNode(Asff(TestReports.LiveReport())[0])!.AsObject();
        finding["Title"] = new string('t', 257);
        finding["AwsAccountId"] = "1234";
        var errors = Model.Value.ValidateFindingsArray(JsonSerializer.SerializeToElement(new[] { finding }));
        Assert.Contains(errors, e => e.Contains(".Title: 257 characters, at most 256 allowed", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains(".AwsAccountId: 4 characters, at least 12 allowed", StringComparison.Ordinal));
    }

    [Fact]
    public void Live_FindingCarriesProductArnIdGeneratorSeverityAndResourceArn()
    {
        var findings = Asff(TestReports.LiveReport());
        Assert.Equal(2, findings.Length);
        var share = Of(findings, "LATTICE001");
        Assert.Equal("arn:aws:securityhub:ap-northeast-1:999988887777:product/999988887777/default", share.Str("ProductArn"));
        Assert.Equal("999988887777", share.Str("AwsAccountId"));
        Assert.Equal("latticescan/LATTICE001/" + Fingerprints.For("LATTICE001", TestReports.ShareArn), share.Str("Id"));
        Assert.Equal("CRITICAL", share.Str("Severity", "Label"));
        Assert.Equal(90, share.GetProperty("Severity").GetProperty("Normalized").GetInt32());
        Assert.Equal("CRITICAL", share.Str("FindingProviderFields", "Severity", "Label"));
        var resource = share.GetProperty("Resources")[0];
        Assert.Equal("Other", resource.Str("Type"));
        Assert.Equal(TestReports.ShareArn, resource.Str("Id"));
        Assert.Equal("us-east-1", resource.Str("Region"));
        Assert.Equal("ram_resource_share", resource.Str("Details", "Other", "Kind"));
        Assert.Equal(TestReports.Account, share.Str("ProductFields", "latticescan/ResourceAccountId"));
        Assert.Equal("Fix LATTICE001 by restricting the share.", share.Str("Remediation", "Recommendation", "Text"));
        Assert.Equal("https://github.com/latticescan/latticescan/blob/main/docs/rules/LATTICE001.md", share.Str("Remediation", "Recommendation", "Url"));
        Assert.Equal("ACTIVE", share.Str("RecordState"));
        Assert.Equal("FAILED", share.Str("Compliance", "Status"));
        Assert.Equal(["NIST.800-53.r5 AC-21", "ISO.IEC.27001.2022 A.5.14"], share.GetProperty("Compliance").GetProperty("RelatedRequirements").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("Software and Configuration Checks/Industry and Regulatory Standards/NIST 800-53 Controls (USA)", share.GetProperty("Types").EnumerateArray().Select(e => e.GetString()));
        Assert.False(Of(findings, "LATTICE002").TryGetProperty("Compliance", out _), "a rule without a mapping has no Compliance");
    }

    [Fact]
    public void Id_IsStableAcrossRunsAndIndependentOfMessage()
    {
        var first = Asff(TestReports.LiveReport());
        var report = TestReports.LiveReport();
        var reworded = report with { Findings = report.Findings.Reverse().Select(f => f with { Message = "reworded " + f.Message }).ToList() };
        var second = Asff(reworded);
        Assert.Equal(first.Select(f => f.Str("Id")).Order(), second.Select(f => f.Str("Id")).Order());
    }

    [Fact]
    public void Iac_FindingHasFileLocationInProductFields_AndRepoRelativeResourceId()
    {
        var findings = Asff(TestReports.Iac());
        Assert.Equal(4, findings.Length);
        var tf = Of(findings, "LATTICE001");
        Assert.Equal("infra/lattice/ram.tf", tf.Str("ProductFields", "latticescan/File"));
        Assert.Equal("14", tf.Str("ProductFields", "latticescan/Line"));
        Assert.Equal("3", tf.Str("ProductFields", "latticescan/Column"));
        Assert.Equal("terraform", tf.Str("ProductFields", "latticescan/Origin"));
        Assert.Equal("infra/lattice/ram.tf#module.lattice.aws_ram_resource_share.partner", tf.GetProperty("Resources")[0].Str("Id"));
        Assert.Equal("ap-northeast-1", tf.GetProperty("Resources")[0].Str("Region"));
        var cfn = Of(findings, "LATTICE003");
        Assert.Equal("cfn/stack.yaml", cfn.Str("ProductFields", "latticescan/File"), StringComparer.Ordinal);
        Assert.Equal("allow_external_principals = true", tf.Str("ProductFields", "latticescan/Evidence/1"));
    }

    [Fact]
    public void SecurityGroup_UsesSecurityHubsOwnType()
    {
        var sg = TestReports.Live("LATTICE002", Severity.High, "arn:aws:ec2:us-east-1:111122223333:security-group/sg-0abc", id: "sg-0abc", kind: ResourceKinds.SecurityGroup);
        var finding = Asff(TestReports.Report([sg], ["aws"], accounts: [TestReports.Account]))[0];
        Assert.Equal("AwsEc2SecurityGroup", finding.GetProperty("Resources")[0].Str("Type"));
        Assert.False(finding.GetProperty("Resources")[0].TryGetProperty("Details", out _));
    }

    [Fact]
    public void AbsentSinceBaseline_IsArchived_SuppressedIsWorkflowSuppressed()
    {
        var report = TestReports.LiveReport() with
        {
            Findings = [TestReports.Suppressed(TestReports.Live())],
            AbsentFindings = [TestReports.Live("LATTICE002", Severity.High, TestReports.GatewayArn, TestReports.OtherAccount, "eu-west-1", "rgw-0123456789abcdef0", ResourceKinds.ResourceGateway)],
        };
        var findings = Asff(report);
        var archived = Of(findings, "LATTICE002");
        Assert.Equal("ARCHIVED", archived.Str("RecordState"));
        Assert.Equal("absent", archived.Str("ProductFields", "latticescan/BaselineState"));
        var suppressed = Of(findings, "LATTICE001");
        Assert.Equal("ACTIVE", suppressed.Str("RecordState"));
        Assert.Equal("SUPPRESSED", suppressed.Str("Workflow", "Status"));
        Assert.Equal("accepted risk: partner is a subsidiary", suppressed.Str("Note", "Text"));
        Assert.Equal("team-network", suppressed.Str("Note", "UpdatedBy"));
    }

    [Fact]
    public void LongTexts_AreCutToTheModelsLimits()
    {
        var f = TestReports.Live() with { Message = new string('m', 5000), Evidence = [new Evidence("p", new string('v', 5000))] };
        var report = TestReports.Report([f], ["aws"], accounts: [TestReports.Account]) with
        {
            Rules = [TestReports.Rules[0] with { Title = new string('t', 400), Remediation = new string('r', 900) }],
        };
        var finding = Asff(report)[0];
        Assert.Equal(256, finding.Str("Title").Length);
        Assert.Equal(1024, finding.Str("Description").Length);
        Assert.Equal(512, finding.Str("Remediation", "Recommendation", "Text").Length);
    }

    [Fact]
    public void ManyFindings_SplitIntoValidBatchesOf100()
    {
        var findings = Enumerable.Range(0, 250).Select(i => TestReports.Live(arn: $"arn:aws:ram:us-east-1:111122223333:resource-share/s-{i:D4}", id: $"s-{i:D4}")).ToList();
        var asff = Asff(TestReports.Report(findings, ["aws"], accounts: [TestReports.Account]));
        Assert.Equal(250, asff.Length);
        Assert.Equal(250, asff.Select(a => a.Str("Id")).Distinct().Count());
        Assert.Equal(100, AsffReportWriter.BatchSize);
    }

    [Fact]
    public void Clean_IsAnEmptyArray_AndPartitionFollowsTheRegion()
    {
        Assert.Empty(Asff(TestReports.Clean()));
        var china = Asff(TestReports.LiveReport(), new AsffTarget("999988887777", "cn-north-1"))[0];
        Assert.Equal("arn:aws-cn:securityhub:cn-north-1:999988887777:product/999988887777/default", china.Str("ProductArn"));
        Assert.Equal("aws-cn", china.GetProperty("Resources")[0].Str("Partition"));
    }

    /// <summary>
    /// The committed model fixture is what the committed script extracts from the AWS model in the shared
    /// reference folder (present beside CI's clone; absent on a user's clone, where this test is skipped).
    /// </summary>
    [SkippableFact]
    public void ModelFixture_MatchesTheAwsServiceModel()
    {
        var model = Path.Combine(RepoPaths.Shared, "reference", "aws-models", "securityhub", "service-2.json");
        RequiredTool.Require(File.Exists(model), $"the Security Hub service model is not at {model} (the shared reference folder beside the repository)");
        var python = RequiredTool.OnPath("python3");
        RequiredTool.Require(python is not null, "python3 is not on PATH (needed to run tests/Shared/SecurityHub/extract-asff-model.py)");
        var psi = new ProcessStartInfo(python!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(RepoPaths.Root, "tests", "Shared", "SecurityHub", "extract-asff-model.py"));
        psi.ArgumentList.Add(model);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, stderr.Result);
        var committed = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Shared", "SecurityHub", "asff-model.json"));
        Assert.True(output == committed, "tests/Shared/SecurityHub/asff-model.json differs from the AWS model: re-run extract-asff-model.py (see its header)");
    }
}
