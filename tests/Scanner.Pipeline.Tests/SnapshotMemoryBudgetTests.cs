using System.Text;
using Scanner.Core.Collection;
using Scanner.Pipeline.Snapshot;

namespace Scanner.Pipeline.Tests;

/// <summary>The snapshot's memory budget: each resource, with the values and references it adds, is held in it as it is read.</summary>
public sealed class SnapshotMemoryBudgetTests
{
    private static byte[] Endpoints(int count, int idsEach)
    {
        var text = new StringBuilder("{\"format\": \"latticescan-inventory\", \"version\": 1, \"resources\": [");
        var next = 0;
        for (var i = 0; i < count; i++)
        {
            var ids = string.Join(",", Enumerable.Range(0, idsEach).Select(_ => $"\"sg-{next++:x}\""));
            text.Append(i == 0 ? "" : ",").Append($"{{\"kind\": \"vpc_endpoint\", \"key\": \"ep{i}\", \"properties\": {{\"securityGroupIds\": [{ids}]}}}}");
        }
        return Encoding.UTF8.GetBytes(text.Append("]}").ToString());
    }

    [Fact]
    public void DistinctValuesPastTheBudget_AreRefusedWhileTheResourcesAreRead()
    {
        var e = Assert.Throws<InputException>(() => InventorySnapshotReader.Read(Endpoints(20, 1000), "snap.json", maxHeldBytes: 500_000));
        Assert.StartsWith("snap.json: reading it would take more than 0.5 MiB of memory", e.Message);
    }

    [Fact]
    public void SameSnapshot_WithinTheDefaultBudget_IsRead()
    {
        Assert.Equal(20, InventorySnapshotReader.Read(Endpoints(20, 1000), "snap.json").Resources.Count);
    }
}
