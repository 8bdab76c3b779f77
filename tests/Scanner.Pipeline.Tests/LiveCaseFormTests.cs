using Scanner.Core.Aws;
using Scanner.Core.Collection;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Pipeline.RuleCases;
using Scanner.Rules;

namespace Scanner.Pipeline.Tests;

/// <summary>
/// The <c>live</c> case form as the runner treats it, with a stand-in collector (the real one, against the fake AWS,
/// runs in Scanner.Cli.Tests): reading, not-run reporting, the organization the collection discovered, incomplete
/// collections, and the live-form requirement per kind.
/// </summary>
public class LiveCaseFormTests
{
    private const string Rule = """
        id: X-LIVE-1
        name: x
        title: t
        severity: high
        severity_rationale: r
        description: d
        remediation: r
        resource: ram_resource_share
        message: m
        condition:
          path: principals.id
          outside_organization: true
        """;

    private const string Cases = """
        rule: X-LIVE-1
        cases:
          - name: outside
            why: the gateway's account is outside the organization
            fires: [rgw-1]
            live: { organization: { Id: o-1, MasterAccountId: "111111111111" } }
          - name: inside
            why: inside
            fires: []
            live: { organization: { Id: o-1, MasterAccountId: "111111111111" } }
        """;

    private static RuleSet Load(string rule, string cases, string? caseFileName = "r.cases.yaml")
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(dir, "r.yaml"), rule);
        File.WriteAllText(Path.Combine(dir, caseFileName!), cases);
        return new RuleLoader().LoadDirectories([dir]);
    }

    /// <summary>A share of the organization's account 111111111111 with one account principal.</summary>
    private static Resource Share(string id, string principal) =>
        new(ResourceKinds.ResourceShare, $"arn:aws:ram:us-east-1:111111111111:resource-share/{id}", ResourceOrigin.Aws,
            new MapBuilder().Set("principals", Value.List([new MapBuilder().Set("id", principal).Set("type", "account").Build()])).Build())
        { Id = id, AccountId = "111111111111" };

    /// <summary>Answers each case by its order; records the JSON each case handed over.</summary>
    private sealed class StandIn(params LiveCaseCollection[] answers) : ILiveCaseCollector
    {
        private int _next;
        public List<string> Worlds { get; } = [];

        public LiveCaseCollection Collect(string worldJson, string display)
        {
            Worlds.Add(worldJson);
            return answers[_next++];
        }
    }

    private static readonly HashSet<string> SharesLive = [ResourceKinds.ResourceShare];

    [Fact]
    public void LiveCase_UsesTheOrganizationTheCollectionDiscovered()
    {
        var org = new OrganizationContext("o-1", ["111111111111", "222222222222"]);
        var standIn = new StandIn(
            new LiveCaseCollection(new CollectionResult([Share("rgw-1", "999999999999")], []), org),
            new LiveCaseCollection(new CollectionResult([Share("rgw-1", "222222222222")], []), org));
        var report = new RuleCaseRunner(live: new LiveCaseSupport(SharesLive, standIn)).Run(Load(Rule, Cases));
        var result = Assert.Single(report.Rules);
        Assert.True(result.Passed, string.Join("; ", result.Problems.Concat(result.Cases.Select(c => c.Failure ?? ""))));
        Assert.All(result.Cases, c => Assert.Equal(CaseInputForm.Live, c.Form));
        Assert.Contains("\"MasterAccountId\":\"111111111111\"", standIn.Worlds[0], StringComparison.Ordinal);
    }

    [Fact]
    public void LiveCase_ThatFiresWhereItMustNot_Fails()
    {
        var org = new OrganizationContext("o-1", ["111111111111"]);
        var standIn = new StandIn(
            new LiveCaseCollection(new CollectionResult([Share("rgw-1", "999999999999")], []), org),
            new LiveCaseCollection(new CollectionResult([Share("rgw-1", "999999999999")], []), org));
        var result = Assert.Single(new RuleCaseRunner(live: new LiveCaseSupport(SharesLive, standIn)).Run(Load(Rule, Cases)).Rules);
        Assert.False(result.Passed);
        Assert.Contains("fired unexpectedly on", result.Cases.Single(c => c.Name == "inside").Failure);
    }

    [Fact]
    public void LiveCase_WithAnIncompleteCollection_Fails()
    {
        var org = new OrganizationContext("o-1", ["111111111111"]);
        var error = new ScanDiagnostic { Level = DiagnosticLevel.Error, Code = "AccessDenied", Message = "ListResourceGateways denied" };
        var standIn = new StandIn(
            new LiveCaseCollection(new CollectionResult([Share("rgw-1", "999999999999")], [error]), org),
            new LiveCaseCollection(new CollectionResult([], []), org));
        var result = Assert.Single(new RuleCaseRunner(live: new LiveCaseSupport(SharesLive, standIn)).Run(Load(Rule, Cases)).Rules);
        Assert.Contains("live collection incomplete: AccessDenied", result.Cases[0].Failure);
        Assert.Contains("holds no ram_resource_share", result.Cases[1].Failure);
    }

    [Fact]
    public void LiveCases_WithoutACollector_AreNotRun_WithTheReason()
    {
        var result = Assert.Single(new RuleCaseRunner(live: new LiveCaseSupport(SharesLive, null, "no emulator here")).Run(Load(Rule, Cases)).Rules);
        Assert.True(result.Passed);
        Assert.All(result.Cases, c =>
        {
            Assert.False(c.Passed);
            Assert.Equal("no emulator here", c.NotRun);
        });
    }

    [Fact]
    public void RuleOverALiveKind_WithoutLiveCases_FailsWhenRequired_AndIsANoteOtherwise()
    {
        const string inventoryOnly = """
            rule: X-LIVE-1
            cases:
              - { name: a, why: w, fires: [rgw-1], inventory: { resources: [{ kind: ram_resource_share, key: k1, id: rgw-1, properties: { principals: [{ id: "999999999999", type: account }] } }] } }
              - { name: b, why: w, fires: [], inventory: { resources: [{ kind: ram_resource_share, key: k2, id: rgw-2, properties: { principals: [{ id: "111111111111", type: account }] } }] } }
            organization: { id: o-1, accounts: ["111111111111"] }
            """;
        var required = Assert.Single(new RuleCaseRunner(live: new LiveCaseSupport(SharesLive, null)).Run(Load(Rule, inventoryOnly)).Rules);
        Assert.Contains("no live case that must fire", required.Problems);
        var optional = Assert.Single(new RuleCaseRunner(live: new LiveCaseSupport(SharesLive, null) { RequireLiveCases = false }).Run(Load(Rule, inventoryOnly)).Rules);
        Assert.Empty(optional.Problems);
        Assert.Contains(optional.Notes, n => n.StartsWith("no live case that must fire", StringComparison.Ordinal));
        var notCollected = Assert.Single(new RuleCaseRunner(live: new LiveCaseSupport(new HashSet<string>(), null)).Run(Load(Rule, inventoryOnly)).Rules);
        Assert.Contains("no live form: ram_resource_share is not collected live", notCollected.Notes);
    }

    [Fact]
    public void LiveNeverFires_ForbidsAFiringLiveCase()
    {
        var result = Assert.Single(new RuleCaseRunner(live: new LiveCaseSupport(SharesLive, null)).Run(Load(Rule, "live_never_fires: by design\n" + Cases)).Rules);
        Assert.Contains("a live case must fire, but the case file says the rule never fires live", result.Problems);
    }

    [Fact]
    public void LiveCase_WithItsOwnOrganizationField_IsRejectedWithItsLine()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var file = Path.Combine(dir, "r.cases.yaml");
        File.WriteAllText(file, """
            rule: X-LIVE-1
            cases:
              - name: outside
                why: w
                fires: []
                organization: { id: o-1, accounts: ["111111111111"] }
                live: { organization: { Id: o-1, MasterAccountId: "111111111111" } }
            """);
        var e = Assert.Throws<InputException>(() => RuleCaseFileReader.Read(file));
        Assert.Equal(6, e.Line);
        Assert.Contains("a live case states its organization inside 'live'", e.Reason);
    }
}
