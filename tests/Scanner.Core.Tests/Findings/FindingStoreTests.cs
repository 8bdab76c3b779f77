using Scanner.Core.Collection;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;

namespace Scanner.Core.Tests.Findings;

public sealed class FindingStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("finding-store-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void OverBudget_InATemporaryFile_EveryFieldReadsBackAsWritten()
    {
        var findings = Variety().ToList();

        var store = FindingStore.From(findings, memoryBudget: 0, _folder);

        Assert.True(store.IsOnDisk);
        Assert.Equal(findings.Count, store.Count);
        Assert.Equal(findings.Select(Describe), store.Select(Describe));
        Assert.Equal(findings.Select(Describe), Enumerable.Range(0, store.Count).Select(i => Describe(store[i])));
    }

    [Fact]
    public void UnderBudget_StaysInMemory_SameObjects()
    {
        var findings = Variety().ToList();

        var store = FindingStore.From(findings, memoryBudget: long.MaxValue, _folder);

        Assert.False(store.IsOnDisk);
        Assert.Equal(findings, store);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void BudgetReachedPartWay_AllFindingsMoveToTheFile_InTheirOrder()
    {
        var findings = Enumerable.Range(0, 1000).Select(i => Make($"R-{i / 100:D2}", $"k{i % 100:D3}", new string('m', 50))).ToList();

        // About 500 bytes each: the budget is spent after roughly 200 findings.
        var store = FindingStore.From(findings, memoryBudget: 100_000, _folder);

        Assert.True(store.IsOnDisk);
        Assert.Equal(findings.Select(Describe), store.Select(Describe));
        foreach (var i in new[] { 0, 63, 64, 65, 127, 128, 500, 999 }) Assert.Equal(Describe(findings[i]), Describe(store[i]));
        Assert.Throws<ArgumentOutOfRangeException>(() => store[1000]);
        Assert.Throws<ArgumentOutOfRangeException>(() => store[-1]);
    }

    [Fact]
    public void TemporaryFile_RemovedFromItsFolderAtOnce()
    {
        if (OperatingSystem.IsWindows()) return; // there it goes when the store is collected (FileOptions.DeleteOnClose)

        var store = FindingStore.From(Variety(), memoryBudget: 0, _folder);

        Assert.True(store.IsOnDisk);
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
        Assert.Equal(Variety().Count(), store.Count(f => f.RuleId.Length > 0));
    }

    [Fact]
    public void RecordLargerThanTheReadBuffers_ReadsBack()
    {
        var big = Make("R-1", "k", new string('x', 200_000)) with
        {
            Evidence = Enumerable.Range(0, 20).Select(i => new Evidence(new string('p', 500), new string((char)('a' + i), 500))).ToArray(),
        };
        var findings = new[] { Make("R-0", "a", "small"), big, Make("R-2", "z", "after") };

        var store = FindingStore.From(findings, memoryBudget: 0, _folder);

        Assert.Equal(findings.Select(Describe), store.Select(Describe));
        Assert.Equal(Describe(big), Describe(store[1]));
    }

    [Fact]
    public void ReadFromSeveralThreadsAtOnce_EachSeesEveryFinding()
    {
        var findings = Enumerable.Range(0, 2000).Select(i => Make("R-1", $"k{i:D5}", $"message {i}")).ToList();
        var store = FindingStore.From(findings, memoryBudget: 0, _folder);
        var expected = findings.Select(Describe).ToList();

        var results = new List<string>[8];
        Parallel.For(0, results.Length, t => results[t] = t % 2 == 0
            ? store.Select(Describe).ToList()
            : Enumerable.Range(0, store.Count).Reverse().Select(i => Describe(store[i])).Reverse().ToList());

        foreach (var r in results) Assert.Equal(expected, r);
    }

    [Fact]
    public void InFindingOrder_OnlyWhenEachWasAddedAfterThoseBeforeIt()
    {
        var ordered = new[] { Make("R-1", "a", "m") with { Severity = Severity.Critical }, Make("R-1", "a", "m"), Make("R-1", "b", "m"), Make("R-2", "a", "m") };
        var store = FindingStore.From(ordered, memoryBudget: 0, _folder);
        var shuffled = FindingStore.From([ordered[2], ordered[0], ordered[3], ordered[1]], memoryBudget: 0, _folder);

        Assert.True(store.InFindingOrder);
        Assert.Same(store, FindingOrder.Sort(store));
        Assert.False(shuffled.InFindingOrder);
        Assert.Equal(ordered.Select(Describe), FindingOrder.Sort(shuffled).Select(Describe));
    }

    [Fact]
    public void FolderMissing_OneLineNamingIt()
    {
        var missing = Path.Combine(_folder, "not-there");

        var e = Assert.Throws<InputException>(() => FindingStore.From(Variety(), memoryBudget: 0, missing));

        Assert.Equal(missing, e.File);
        Assert.Contains("cannot keep the findings in a temporary file", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Dispose_ClosesTheFile_InMemoryStoreStaysReadable()
    {
        var onDisk = FindingStore.From(Variety(), memoryBudget: 0, _folder);
        var inMemory = FindingStore.From(Variety(), memoryBudget: long.MaxValue, _folder);

        onDisk.Dispose();
        inMemory.Dispose();

        Assert.Throws<ObjectDisposedException>(() => onDisk.First());
        Assert.Throws<ObjectDisposedException>(() => onDisk[0]);
        Assert.Equal(Variety().Count(), inMemory.Count(f => f.RuleId.Length > 0));
    }

    [Fact]
    public void Builder_AfterComplete_RefusesMore()
    {
        var builder = new FindingStore.Builder(0, _folder);
        builder.Add(Make("R-1", "a", "m"));
        builder.Complete();

        Assert.Throws<InvalidOperationException>(() => builder.Add(Make("R-1", "b", "m")));
        Assert.Throws<InvalidOperationException>(() => builder.Complete());
    }

    [Fact]
    public void Tally_CountsOpenAndSuppressedBySeverity()
    {
        var tally = FindingTally.Of(Variety());

        Assert.Equal(Variety().Count(), tally.Total);
        Assert.Equal(tally.Total, tally.Open + tally.Suppressed);
        Assert.Equal(Variety().Count(f => f.Suppression is null && f.Severity == Severity.High), tally.OpenOf(Severity.High));
        Assert.Equal(Variety().Count(f => f.Suppression is not null && f.Severity == Severity.Low), tally.SuppressedOf(Severity.Low));
        Assert.True(tally.Suppressed > 0);
    }

    /// <summary>Every field set and unset, every enum value, text that UTF-8 cannot carry as it is.</summary>
    private static IEnumerable<Finding> Variety()
    {
        yield return Make("R-1", "main.tf#aws_x.a", "plain");
        yield return new Finding
        {
            RuleId = "LATTICE-GW-001",
            Severity = Severity.Critical,
            ResourceKind = "resource_gateway",
            ResourceKey = "arn:aws:vpc-lattice:eu-west-1:111111111111:resourcegateway/rgw-1",
            ResourceArn = "arn:aws:vpc-lattice:eu-west-1:111111111111:resourcegateway/rgw-1",
            ResourceId = "rgw-1",
            ResourceName = "名前 with ünïcode and 😀",
            ResourceAddress = "aws_vpclattice_resource_gateway.x[\"k\"]",
            Origin = ResourceOrigin.Aws,
            AccountId = "111111111111",
            Region = "eu-west-1",
            Location = new SourceLocation("plan.json", 12, 7, "aws_x.y") { EndLine = 14, EndColumn = 2 },
            Message = "line one\nline two\t\0 and a lone surrogate \ud800 and another \udfff",
            Evidence = [new Evidence("ingress[0].cidr", "0.0.0.0/0"), new Evidence("", ""), new Evidence("p\ud83d", "v")],
            DependsOnUnknown = true,
            Fingerprint = Fingerprints.For("LATTICE-GW-001", "k"),
            Suppression = new Suppression(SuppressionKind.External, "accepted", "team-a", new DateOnly(2027, 1, 31)),
            BaselineState = BaselineState.Unchanged,
        };
        yield return Make("R-2", "t.yaml#Sg", "") with
        {
            Severity = Severity.Low,
            Origin = ResourceOrigin.CloudFormation,
            Location = new SourceLocation("t.yaml"),
            Suppression = new Suppression(SuppressionKind.InSource, "tagged"),
            BaselineState = BaselineState.New,
        };
        yield return Make("R-3", "k", "m") with { Severity = Severity.Info, BaselineState = BaselineState.Absent, Origin = ResourceOrigin.Terraform };
        yield return Make("R-4", "k", "m") with { Severity = Severity.Medium, Suppression = new Suppression(SuppressionKind.External, "", null, DateOnly.MinValue) };
    }

    private static Finding Make(string rule, string key, string message) => new()
    {
        RuleId = rule,
        Severity = Severity.High,
        ResourceKind = "security_group",
        ResourceKey = key,
        Origin = ResourceOrigin.Terraform,
        Message = message,
        Fingerprint = Fingerprints.For(rule, key),
    };

    /// <summary>Every field, evidence entries by value (a record compares lists by reference).</summary>
    private static string Describe(Finding f) =>
        (f with { Evidence = [] }).ToString() + " evidence: " + string.Join(" | ", f.Evidence.Select(e => e.ToString()))
        + " location: " + f.Location?.LogicalName + " ends " + f.Location?.EndLine + ":" + f.Location?.EndColumn;
}
