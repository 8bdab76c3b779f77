using Scanner.Collectors.Aws.Collection;

namespace Scanner.Collectors.Aws.Tests.Collection;

public sealed class OldGenerationBoundTests
{
    private const long MiB = 1024 * 1024;

    [Fact]
    public void Check_CollectsOnlyOnceTheOldGenerationGrewByTheAllowance_ThenMeasuresFromWhatTheCollectionLeft()
    {
        long size = 40 * MiB;
        var collections = 0;
        var bound = new OldGenerationBound(() => size, () =>
        {
            collections++;
            size = 45 * MiB; // what survived: the inventory kept so far
        });

        size = 40 * MiB + OldGenerationBound.Allowance - 1;
        Assert.False(bound.Check());
        Assert.Equal(0, collections);

        size = 40 * MiB + OldGenerationBound.Allowance;
        Assert.True(bound.Check());
        Assert.Equal(1, collections);

        // The next allowance counts from the 45 MiB the collection left, not from the start.
        size = 45 * MiB + OldGenerationBound.Allowance - 1;
        Assert.False(bound.Check());
        size = 45 * MiB + OldGenerationBound.Allowance;
        Assert.True(bound.Check());
        Assert.Equal(2, collections);
    }
}
