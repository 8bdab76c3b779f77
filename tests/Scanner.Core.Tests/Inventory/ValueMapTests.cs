using Scanner.Core.Inventory;

namespace Scanner.Core.Tests.Inventory;

/// <summary>Map values keep insertion order and one entry per key, whether held as a small array or a dictionary.</summary>
public sealed class ValueMapTests
{
    private static KeyValuePair<string, Value> E(string key, double value) => new(key, Value.From(value));

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(40)]
    public void Map_KeepsInsertionOrderAndLooksUpEveryKey(int size)
    {
        var entries = Enumerable.Range(0, size).Select(i => E($"k{size - i}", i)).ToList();
        var map = Value.Map(entries);
        Assert.Equal(entries.Select(e => e.Key), map.Entries.Keys);
        Assert.Equal(size, map.Entries.Count);
        foreach (var (key, value) in entries)
        {
            Assert.Equal(value, map.Get(key));
            Assert.True(map.Entries.ContainsKey(key));
        }
        Assert.Null(map.Get("absent"));
        Assert.False(map.Entries.TryGetValue("absent", out _));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(12)]
    public void Map_KeyGivenTwice_KeepsItsFirstPositionAndLastValue(int size)
    {
        var entries = Enumerable.Range(0, size).Select(i => E($"k{i}", i)).Append(E("k1", 100)).ToList();
        var map = Value.Map(entries);
        Assert.Equal(Enumerable.Range(0, size).Select(i => $"k{i}"), map.Entries.Keys);
        Assert.Equal(Value.From(100), map.Get("k1"));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(9)]
    public void Map_FromEntriesOfUnknownNumber_HoldsTheSame(int size)
    {
        var lazy = Enumerable.Range(0, size + 1).Where(i => i < size).Select(i => E($"k{i}", i));
        Assert.False(lazy.TryGetNonEnumeratedCount(out _));
        Assert.Equal(Value.Map(lazy.ToList()), Value.Map(lazy));
        Assert.Equal(Enumerable.Range(0, size).Select(i => $"k{i}"), Value.Map(lazy).Entries.Keys);
    }

    [Fact]
    public void Map_TheNinthDistinctKeyAfterARepeat_StillHoldsEveryEntry()
    {
        var entries = Enumerable.Range(0, 8).Select(i => E($"k{i}", i)).Append(E("k0", -1)).Append(E("k8", 8)).ToList();
        var map = Value.Map(entries);
        Assert.Equal(Enumerable.Range(0, 9).Select(i => $"k{i}"), map.Entries.Keys);
        Assert.Equal(Value.From(-1), map.Get("k0"));
        Assert.Equal(Value.From(8), map.Get("k8"));
    }

    [Fact]
    public void Map_EqualityAndHash_DoNotDependOnOrderOrSize()
    {
        var a = Value.Map([E("a", 1), E("b", 2)]);
        var b = Value.Map([E("b", 2), E("a", 1)]);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Value.Map([E("a", 1)]));
        Assert.Same(Value.EmptyMap, Value.Map([]));
        Assert.Throws<KeyNotFoundException>(() => a.Entries["c"]);
    }
}
