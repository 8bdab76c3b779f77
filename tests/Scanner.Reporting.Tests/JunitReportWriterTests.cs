using System.Xml.Linq;
using Scanner.Core.Findings;
using Scanner.Reporting.Tests.Support;
using Xunit;

namespace Scanner.Reporting.Tests;

/// <summary>JUnit XML: what fails, skips and passes, and schema validity checked by xmllint against the Jenkins/GitLab JUnit XSD.</summary>
public class JunitReportWriterTests
{
    private static readonly ReportThreshold High = ReportThreshold.From("high", newOnly: false);

    private static string Text(ScanReport report, ReportThreshold? threshold = null) =>
        ReportBytes.Text(new JunitReportWriter(TestReports.Options, threshold ?? High), report);

    private static XElement Xml(ScanReport report, ReportThreshold? threshold = null) => XDocument.Parse(Text(report, threshold)).Root!;

    private static XElement Suite(XElement root, string ruleId) =>
        root.Elements("testsuite").Single(s => ((string)s.Attribute("name")!).StartsWith(ruleId + ":", StringComparison.Ordinal));

    [Fact]
    public void Iac_OneSuitePerRule_FailuresAtOrAboveThreshold_PassesBelow()
    {
        var root = Xml(TestReports.Iac());
        Assert.Equal(4, root.Elements("testsuite").Count());
        Assert.Equal("2", (string?)root.Attribute("failures"));   // critical + high
        Assert.Equal("4", (string?)root.Attribute("tests"));

        var critical = Suite(root, "LATTICE001").Element("testcase")!;
        Assert.Equal("infra/lattice/ram.tf:14 module.lattice.aws_ram_resource_share.partner", (string?)critical.Attribute("name"));
        Assert.Equal("latticescan.LATTICE001", (string?)critical.Attribute("classname"));
        var failure = critical.Element("failure")!;
        Assert.Equal("critical", (string?)failure.Attribute("type"));
        Assert.Equal("Resource share module.lattice.aws_ram_resource_share.partner allows external principals.", (string?)failure.Attribute("message"));
        Assert.Contains("evidence: allow_external_principals = true", failure.Value);
        Assert.Contains("help: https://github.com/latticescan/latticescan/blob/main/docs/rules/LATTICE001.md", failure.Value);

        Assert.Equal(["NIST.800-53.r5 AC-21", "ISO.IEC.27001.2022 A.5.14"],
            Suite(root, "LATTICE001").Element("properties")!.Elements("property").Where(p => (string?)p.Attribute("name") == "compliance").Select(p => (string?)p.Attribute("value")));
        Assert.Null(Suite(root, "LATTICE002").Element("properties"));

        var medium = Suite(root, "LATTICE003").Element("testcase")!;
        Assert.Null(medium.Element("failure"));
        Assert.StartsWith("below the threshold (medium)", medium.Element("system-out")!.Value);
    }

    [Fact]
    public void Threshold_None_FailsNothing_Low_FailsEverythingUnsuppressed()
    {
        Assert.Equal("0", (string?)Xml(TestReports.Iac(), ReportThreshold.From("none", false)).Attribute("failures"));
        Assert.Equal("4", (string?)Xml(TestReports.Iac(), ReportThreshold.From("low", false)).Attribute("failures"));
    }

    [Fact]
    public void Suppressed_IsSkippedWithReason_NeverAFailure()
    {
        var report = TestReports.Report([TestReports.Suppressed(TestReports.Terraform())], ["terraform"]);
        var root = Xml(report);
        Assert.Equal("0", (string?)root.Attribute("failures"));
        var suite = Suite(root, "LATTICE001");
        Assert.Equal("1", (string?)suite.Attribute("skipped"));
        Assert.Equal("suppressed (external): accepted risk: partner is a subsidiary", (string?)suite.Element("testcase")!.Element("skipped")!.Attribute("message"));
    }

    [Fact]
    public void RuleThatFiredNowhere_IsOnePassingCase()
    {
        var root = Xml(TestReports.Clean());
        Assert.Equal(TestReports.Rules.Count, root.Elements("testsuite").Count());
        var pass = Suite(root, "LATTICE004").Elements("testcase").Single();
        Assert.Empty(pass.Elements());
        Assert.Equal("LATTICE004 Title of LATTICE004.", (string?)pass.Attribute("name"));
    }

    [Fact]
    public void Live_ResourceIsTheArn_CollectionErrorsAreErrorCases()
    {
        var root = Xml(TestReports.LiveReport());
        Assert.Equal(TestReports.ShareArn, (string?)Suite(root, "LATTICE001").Element("testcase")!.Attribute("name"));
        var collection = root.Elements("testsuite").Single(s => (string?)s.Attribute("name") == "latticescan.collection");
        var error = collection.Element("testcase")!.Element("error")!;
        Assert.Equal("AccessDenied", (string?)error.Attribute("type"));
        Assert.Equal("1", (string?)root.Attribute("errors"));
        Assert.Equal("444455556666 ap-northeast-1 vpc-lattice:ListResourceGateways", (string?)collection.Element("testcase")!.Attribute("name"));
    }

    [Fact]
    public void NewOnly_FailsOnlyNewFindings()
    {
        var report = TestReports.Report([TestReports.Terraform() with { BaselineState = BaselineState.Unchanged }, TestReports.Live() with { BaselineState = BaselineState.New }], ["terraform"]);
        Assert.Equal("1", (string?)Xml(report, ReportThreshold.From("high", newOnly: true)).Attribute("failures"));
    }

    [Fact]
    public void ControlCharacters_InMessages_StillMakeWellFormedXml()
    {
        var report = TestReports.Report([TestReports.Terraform() with { Message = "bad \u0001 byte \uD800 and <tags> & \"quotes\"" }], ["terraform"]);
        var failure = Suite(Xml(report), "LATTICE001").Element("testcase")!.Element("failure")!;
        Assert.Equal("bad \uFFFD byte \uFFFD and <tags> & \"quotes\"", (string?)failure.Attribute("message"));
    }

    [SkippableFact]
    public void Xmllint_EveryReportKind_IsValidAgainstTheJunitSchema()
    {
        Xmllint.Require();
        var dir = Directory.CreateTempSubdirectory("latticescan-junit-");
        try
        {
            var reports = new Dictionary<string, ScanReport>
            {
                ["iac.xml"] = TestReports.Iac(),
                ["live.xml"] = TestReports.LiveReport(),
                ["clean.xml"] = TestReports.Clean(),
                ["suppressed.xml"] = TestReports.Report([TestReports.Suppressed(TestReports.Terraform()), TestReports.CloudFormation()], ["terraform"]),
            };
            foreach (var (name, report) in reports)
            {
                var path = Path.Combine(dir.FullName, name);
                File.WriteAllText(path, Text(report));
                var (exit, output) = Xmllint.Validate(path, Xmllint.JunitSchema);
                Assert.True(exit == 0, $"{name}: xmllint exited {exit}\n{output}");
                Assert.Contains("validates", output);
            }

            // The check can fail: a suite without its required counts is rejected.
            var broken = Path.Combine(dir.FullName, "broken.xml");
            File.WriteAllText(broken, "<testsuites><testsuite name=\"x\"><testcase name=\"y\"/></testsuite></testsuites>");
            var (brokenExit, brokenOutput) = Xmllint.Validate(broken, Xmllint.JunitSchema);
            Assert.NotEqual(0, brokenExit);
            Assert.Contains("tests", brokenOutput);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
