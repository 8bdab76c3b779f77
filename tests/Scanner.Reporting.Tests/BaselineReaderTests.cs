using Scanner.Core.Collection;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Reporting.Tests.Support;
using Xunit;

namespace Scanner.Reporting.Tests;

public sealed class BaselineReaderTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("latticescan-baseline-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Save(string name, IReportWriter writer, ScanReport report)
    {
        var path = Path.Combine(_dir.FullName, name);
        AtomicFile.Write(path, s => writer.Write(report, s));
        return path;
    }

    private string SaveText(string name, string text)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static ScanReport Mixed() => TestReports.Report(
        [.. TestReports.Iac().Findings, .. TestReports.LiveReport().Findings, TestReports.Suppressed(TestReports.Live("LATTICE003", Severity.Medium))],
        ["aws", "terraform"]);

    public static TheoryData<string> Formats => new() { "sarif", "json" };

    private string SaveMixed(string format) => format == "sarif"
        ? Save("b.sarif", new SarifReportWriter(TestReports.Options with { IncludeSuppressedInSarif = true }), Mixed())
        : Save("b.json", new JsonReportWriter(TestReports.Options), Mixed());

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_OwnReport_RoundTripsIdentityOfEveryFinding(string format)
    {
        var entries = BaselineReader.Read(SaveMixed(format));

        var expected = Mixed().Findings.Select(f => (f.Fingerprint, f.RuleId, f.ResourceKey, f.Message, f.Severity)).OrderBy(x => x.Fingerprint).ToList();
        var actual = entries.Select(e => (e.Fingerprint, e.RuleId, e.ResourceKey!, e.Message, e.Severity)).OrderBy(x => x.Fingerprint).ToList();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_OwnReport_KeepsLocationOriginAndSuppression(string format)
    {
        var entries = BaselineReader.Read(SaveMixed(format));

        var tf = entries.Single(e => e.RuleId == "LATTICE001" && e.Origin == ResourceOrigin.Terraform);
        Assert.Equal("infra/lattice/ram.tf", tf.Location!.File);
        Assert.Equal(14, tf.Location.Line);
        Assert.Equal(3, tf.Location.Column);
        Assert.Equal("module.lattice.aws_ram_resource_share.partner", tf.Location.LogicalName);
        var plan = entries.Single(e => e.RuleId == "LATTICE004");
        Assert.Equal("infra/plan dir/plan.json", plan.Location!.File);
        var live = entries.Single(e => e.RuleId == "LATTICE001" && e.Origin == ResourceOrigin.Aws);
        Assert.Null(live.Location);
        Assert.Equal(TestReports.ShareArn, live.ResourceArn);
        Assert.Equal(TestReports.Account, live.AccountId);
        Assert.True(entries.Single(e => e.RuleId == "LATTICE003" && e.Origin == ResourceOrigin.Aws).Suppressed);
        Assert.False(live.Suppressed);
    }

    [Fact]
    public void Read_SarifWithAbsentResults_SkipsThem()
    {
        var report = BaselineComparer.Apply(TestReports.LiveReport(),
            [new BaselineEntry { Fingerprint = "feedfacefeedfacefeedfacefeedface", RuleId = "LATTICE003", Message = "old", Severity = Severity.Medium }]);
        var path = Save("a.sarif", new SarifReportWriter(TestReports.Options), report);

        var entries = BaselineReader.Read(path);

        Assert.Equal(2, entries.Count);
        Assert.DoesNotContain(entries, e => e.Fingerprint == "feedfacefeedfacefeedfacefeedface");
    }

    [Fact]
    public void Read_SarifWithoutOwnProperties_FallsBackToPartialFingerprintAndLevel()
    {
        var path = SaveText("other.sarif", """
            { "version": "2.1.0", "runs": [ { "tool": { "driver": { "name": "x" } }, "results": [
              { "ruleId": "R1", "level": "warning", "message": { "text": "m" },
                "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "a%20b.tf" }, "region": { "startLine": 7 } } } ],
                "partialFingerprints": { "primaryLocationLineHash": "abc123:1" } } ] } ] }
            """);

        var e = Assert.Single(BaselineReader.Read(path));

        Assert.Equal("abc123", e.Fingerprint);
        Assert.Equal(Severity.Medium, e.Severity);
        Assert.Equal("a b.tf", e.Location!.File);
        Assert.Equal(7, e.Location.Line);
    }

    [Fact]
    public void Read_SarifWithRulesAfterItsResults_TakesTheSeverityFromTheRuleIndex()
    {
        // Results become entries as they are read; a run may list its rules after them, and the rule still decides.
        var path = SaveText("rules-last.sarif", """
            { "version": "2.1.0", "runs": [ { "results": [
              { "ruleId": "R1", "ruleIndex": 1, "level": "note", "message": { "text": "m" },
                "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "a.tf" } } } ],
                "partialFingerprints": { "primaryLocationLineHash": "abc123:1" } } ],
              "tool": { "driver": { "name": "x", "rules": [
                { "id": "R0", "properties": { "severity": "low" } },
                { "id": "R1", "properties": { "severity": "critical" } } ] } } } ] }
            """);

        Assert.Equal(Severity.Critical, Assert.Single(BaselineReader.Read(path)).Severity);
    }

    [Fact]
    public void Read_SarifWithBadVersionAndBadResult_ReportsTheVersionFirst()
    {
        // The log's own problem is reported before any result's, however the results were read.
        var path = SaveText("two-problems.sarif", "{\n  \"runs\": [ { \"results\": [ { \"message\": { \"text\": \"m\" } } ] } ],\n  \"version\": \"2.0.0\"\n}");

        var ex = Assert.Throws<InputException>(() => BaselineReader.Read(path));

        Assert.Equal(3, ex.Line);
        Assert.Contains("unsupported SARIF version", ex.Reason);
    }

    [Fact]
    public void Read_LargeSarif_LocatesAProblemFarIntoTheFile()
    {
        // Lines are counted forward as nodes are read: a problem after thousands of results is still at its line.
        var results = string.Join(",\n", Enumerable.Range(0, 3000).Select(i =>
            $$"""{ "ruleId": "R{{i}}", "message": { "text": "m" }, "partialFingerprints": { "primaryLocationLineHash": "h{{i}}:1" }, "locations": [] }"""));
        var path = SaveText("large.sarif", "{ \"version\": \"2.1.0\", \"runs\": [ { \"results\": [\n" + results +
            ",\n{ \"message\": { \"text\": \"no rule\" } }\n] } ] }");

        var ex = Assert.Throws<InputException>(() => BaselineReader.Read(path));

        Assert.Equal(3002, ex.Line);
        Assert.Equal(1, ex.Column);
        Assert.Contains("ruleId", ex.Reason);
    }

    [Theory]
    [InlineData("truncated.json", "{\n  \"schemaVersion\": \"1.0\",\n  \"findings\": [\n    {\"ruleId\": ", 4)]
    [InlineData("missing-colon.sarif", "{\n  \"version\" \"2.1.0\"\n}", 2)]
    [InlineData("empty.json", "", 1)]
    public void Read_MalformedJson_ThrowsInputExceptionWithLineAndColumn(string name, string text, int line)
    {
        var path = SaveText(name, text);

        var ex = Assert.Throws<InputException>(() => BaselineReader.Read(path));

        Assert.Equal(path, ex.File);
        Assert.Equal(line, ex.Line);
        Assert.True(ex.Column >= 1);
        Assert.StartsWith($"{path}:{line}:{ex.Column}: ", ex.Message);
    }

    [Fact]
    public void Read_SarifResultWithoutRuleId_ThrowsAtTheResult()
    {
        var path = SaveText("norule.sarif", "{\n  \"version\": \"2.1.0\",\n  \"runs\": [ { \"results\": [\n      { \"message\": { \"text\": \"m\" } }\n  ] } ]\n}");

        var ex = Assert.Throws<InputException>(() => BaselineReader.Read(path));

        Assert.Equal(4, ex.Line);
        Assert.Equal(7, ex.Column);
        Assert.Contains("ruleId", ex.Reason);
    }

    [Fact]
    public void Read_JsonFindingWithBadSeverity_ThrowsAtTheValue()
    {
        var path = SaveText("sev.json", "{ \"schemaVersion\": \"1.0\", \"findings\": [\n { \"ruleId\": \"R\", \"fingerprint\": \"f\", \"message\": \"m\",\n   \"severity\": \"urgent\" } ] }");

        var ex = Assert.Throws<InputException>(() => BaselineReader.Read(path));

        Assert.Equal(3, ex.Line);
        Assert.Equal(16, ex.Column);
        Assert.Contains("urgent", ex.Reason);
    }

    [Theory]
    [InlineData("[1, 2]", "JSON object")]
    [InlineData("{ \"hello\": 1 }", "not a SARIF log")]
    [InlineData("{ \"schemaVersion\": \"2.0\", \"findings\": [] }", "unsupported")]
    [InlineData("{ \"version\": \"2.0.0\", \"runs\": [] }", "unsupported SARIF version")]
    public void Read_UnrecognisedDocument_ThrowsInputException(string text, string reason)
    {
        var path = SaveText("x.json", text);

        var ex = Assert.Throws<InputException>(() => BaselineReader.Read(path));

        Assert.Contains(reason, ex.Reason);
        Assert.True(ex.Line >= 1);
    }

    [Fact]
    public void Read_MissingFile_ThrowsInputException()
    {
        var path = Path.Combine(_dir.FullName, "nope.sarif");

        var ex = Assert.Throws<InputException>(() => BaselineReader.Read(path));

        Assert.Contains("not found", ex.Reason);
    }
}
