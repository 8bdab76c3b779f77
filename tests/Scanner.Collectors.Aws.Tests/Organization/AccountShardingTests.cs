using Scanner.Collectors.Aws.Organization;

namespace Scanner.Collectors.Aws.Tests.Organization;

public sealed class AccountShardingTests
{
    private static readonly string[] Accounts = Enumerable.Range(0, 300).Select(i => (100000000000L + i * 7919L).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public void InShard_ThreeShards_EveryAccountInExactlyOne()
    {
        var counts = Accounts.Select(a => Enumerable.Range(0, 3).Count(i => AccountSharding.InShard(a, i, 3)));

        Assert.All(counts, c => Assert.Equal(1, c));
        Assert.All(Enumerable.Range(0, 3), i => Assert.InRange(Accounts.Count(a => AccountSharding.ShardOf(a, 3) == i), 60, 140));
    }

    [Fact]
    public void ShardOf_SameAccount_IndependentOfTheOtherAccounts()
    {
        Assert.Equal(AccountSharding.ShardOf("200000000002", 4), AccountSharding.ShardOf("200000000002", 4));
        Assert.Equal(0, AccountSharding.ShardOf("200000000002", 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => AccountSharding.InShard("200000000002", 2, 2));
    }
}
