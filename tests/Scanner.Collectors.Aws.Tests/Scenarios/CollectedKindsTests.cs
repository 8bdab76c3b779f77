namespace Scanner.Collectors.Aws.Tests.Scenarios;

/// <summary>
/// <see cref="AwsCollectedKinds"/> decides which rules need live cases: it must name exactly the kinds a scan of an
/// organization holding every live resource type writes, so a kind added to the mappers (or dropped) changes it too.
/// </summary>
public sealed class CollectedKindsTests(FieldReportScanFixture scan) : IClassFixture<FieldReportScanFixture>
{
    [Fact]
    public void CollectedKinds_AreExactlyTheKindsAScanWrites()
    {
        var written = scan.Result.Collection.Resources.Select(r => r.Kind).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(AwsCollectedKinds.All.Order(StringComparer.Ordinal).ToList(), written);
    }
}
