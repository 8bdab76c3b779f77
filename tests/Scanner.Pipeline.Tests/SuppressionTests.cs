using Scanner.Core.Collection;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Pipeline.Suppressions;

namespace Scanner.Pipeline.Tests;

public class SuppressionTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static Finding F(string rule, string key, string? arn = null, string? address = null) => new()
    {
        RuleId = rule, Severity = Severity.High, ResourceKind = ResourceKinds.ResourceShare, ResourceKey = key, ResourceArn = arn,
        ResourceAddress = address, Origin = ResourceOrigin.Aws, Message = "m", Fingerprint = Fingerprints.For(rule, key),
    };

    [Theory]
    [InlineData("arn:aws:ram:*:111111111111:resource-share/*", true)]
    [InlineData("arn:aws:ram:*:222222222222:resource-share/*", false)]
    [InlineData("*", true)]
    public void Apply_MatchesResourcePatternsAgainstTheArn(string pattern, bool suppressed)
    {
        var entry = new SuppressionEntry("LATTICE-SHARE-001", pattern, "partner contract", "sec", new DateOnly(2027, 3, 31), 3);
        var finding = F("LATTICE-SHARE-001", "arn:aws:ram:eu-west-1:111111111111:resource-share/abc", arn: "arn:aws:ram:eu-west-1:111111111111:resource-share/abc");
        var (findings, diagnostics) = new SuppressionApplier([entry], Today, "s.yaml").Apply([finding], new InventoryGraph([]));
        Assert.Equal(suppressed, findings[0].Suppression is not null);
        Assert.Empty(diagnostics);
        if (suppressed) Assert.Equal((SuppressionKind.External, "partner contract", "sec"), (findings[0].Suppression!.Kind, findings[0].Suppression!.Reason, findings[0].Suppression!.Owner));
    }

    [Fact]
    public void Apply_ExpiredEntry_StopsSuppressingAndSaysSo()
    {
        var entry = new SuppressionEntry("LATTICE-SHARE-001", "aws_ram_resource_share.db", "old", null, new DateOnly(2026, 11, 30), 7);
        var (findings, diagnostics) = new SuppressionApplier([entry], Today, "s.yaml")
            .Apply([F("LATTICE-SHARE-001", "plan.json#aws_ram_resource_share.db", address: "aws_ram_resource_share.db")], new InventoryGraph([]));
        Assert.Null(findings[0].Suppression);
        var d = Assert.Single(diagnostics);
        Assert.Equal("SuppressionExpired", d.Code);
        Assert.Equal(7, d.Line);
        Assert.Contains("expired on 2026-11-30", d.Message);
    }

    [Fact]
    public void Apply_InlineSuppression_WinsAndIsInSource()
    {
        var r = new Resource(ResourceKinds.ResourceShare, "k", ResourceOrigin.CloudFormation, Value.EmptyMap)
        {
            InlineSuppressions = new Dictionary<string, string> { ["LATTICE-SHARE-002"] = "vendor access approved" },
        };
        var (findings, _) = new SuppressionApplier([], Today, null).Apply([F("LATTICE-SHARE-002", "k"), F("LATTICE-SHARE-001", "k")], new InventoryGraph([r]));
        Assert.Equal(SuppressionKind.InSource, findings[0].Suppression!.Kind);
        Assert.Null(findings[1].Suppression);
    }

    [Theory]
    [InlineData("a*c", "abc", true)]
    [InlineData("a*c", "abd", false)]
    [InlineData("a?c", "abc", true)]
    [InlineData("*", "", true)]
    [InlineData("arn:*/rgw-*", "arn:aws:x/rgw-123", true)]
    public void WildcardPattern_Matches(string pattern, string text, bool expected) => Assert.Equal(expected, WildcardPattern.IsMatch(pattern, text));

    [Fact]
    public void Read_MissingReason_IsAnInputErrorWithLine()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "suppressions:\n  - rule: X-1\n    resource: '*'\n");
        var e = Assert.Throws<InputException>(() => SuppressionFileReader.Read(file));
        Assert.Contains("needs a 'reason'", e.Reason);
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void Read_BadDate_IsAnInputError()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "suppressions:\n  - rule: X-1\n    resource: '*'\n    reason: r\n    expires: next week\n");
        var e = Assert.Throws<InputException>(() => SuppressionFileReader.Read(file));
        Assert.Contains("must be a date", e.Reason);
        Assert.Equal(5, e.Line);
    }

    [Fact]
    public void Apply_EntryForAnUnknownRule_Warns()
    {
        var entry = new SuppressionEntry("LATTICE-SHARE-01", "*", "typo", null, null, 4);
        var applier = new SuppressionApplier([entry], Today, "s.yaml") { KnownRuleIds = new HashSet<string> { "LATTICE-SHARE-001" }, SelectedRuleIds = ["LATTICE-SHARE-001"] };
        var (_, diagnostics) = applier.Apply([F("LATTICE-SHARE-001", "k")], new InventoryGraph([]));
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticLevel.Warning, "SuppressionUnknownRule", 4), (d.Level, d.Code, d.Line));
    }

    [Fact]
    public void Apply_EntryThatMatchesNoFindingOfARuleThatRan_Warns_ButNotForRulesThatDidNotRun()
    {
        var unmatched = new SuppressionEntry("LATTICE-SHARE-001", "no-such-share", "gone", null, null, 2);
        var notRun = new SuppressionEntry("LATTICE-GW-001", "no-such-gateway", "rule skipped this run", null, null, 6);
        var applier = new SuppressionApplier([unmatched, notRun], Today, "s.yaml")
        {
            KnownRuleIds = new HashSet<string> { "LATTICE-SHARE-001", "LATTICE-GW-001" },
            SelectedRuleIds = ["LATTICE-SHARE-001"],
        };
        var (_, diagnostics) = applier.Apply([F("LATTICE-SHARE-001", "k")], new InventoryGraph([]));
        var d = Assert.Single(diagnostics);
        Assert.Equal(("SuppressionUnmatched", 2), (d.Code, d.Line));
    }
}
