using System.Text;

namespace Scanner.Collectors.Aws.Organization;

/// <summary>
/// Splits accounts into <c>Count</c> shards for parallel scan jobs. An account's shard is FNV-1a-32 of its 12-digit id,
/// modulo <c>Count</c>: it depends on nothing but the id, so it stays put when accounts join or leave the organization,
/// and every job computes the same split without talking to the others.
/// </summary>
public static class AccountSharding
{
    public static int ShardOf(string accountId, int count)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), "Shard count must be at least 1.");
        var hash = 2166136261u;
        foreach (var b in Encoding.ASCII.GetBytes(accountId))
        {
            hash ^= b;
            hash *= 16777619u;
        }
        return (int)(hash % (uint)count);
    }

    public static bool InShard(string accountId, int index, int count)
    {
        if (index < 0 || index >= count) throw new ArgumentOutOfRangeException(nameof(index), $"Shard index must be in 0..{count - 1}.");
        return ShardOf(accountId, count) == index;
    }
}
