using Scanner.Core.Collection;
using Scanner.Core.Inventory;

namespace Scanner.Core.Tests.Collection;

public sealed class ValuePoolTests
{
    [Fact]
    public void RepeatedShortText_IsOneValue_WithItsTextInterned()
    {
        var pool = new ValuePool();
        var first = pool.String(new string("tcp".AsSpan()));
        var second = pool.String(new string("tcp".AsSpan()));

        Assert.Same(first, second);
        Assert.Equal(Value.From("tcp"), first);
        Assert.Same(first.AsString, pool.Strings.Intern(new string("tcp".AsSpan())));
    }

    [Fact]
    public void LongText_GetsAValueOfItsOwn()
    {
        var pool = new ValuePool();
        var text = new string('p', StringPool.MaxPooledLength + 1);

        Assert.NotSame(pool.String(text), pool.String(text));
        Assert.Equal(pool.String(text), pool.String(text));
    }

    [Fact]
    public void RepeatedNumber_IsOneValue_AndZeroStaysApartFromNegativeZero()
    {
        var pool = new ValuePool();

        Assert.Same(pool.Number(5432), pool.Number(5432));
        Assert.NotSame(pool.Number(0.0), pool.Number(-0.0));
        Assert.True(double.IsNegative(pool.Number(-0.0).AsNumber));
        Assert.False(double.IsNegative(pool.Number(0.0).AsNumber));
        Assert.Same(pool.Number(double.NaN), pool.Number(double.NaN));
    }

    [Fact]
    public void DistinctNumbersPastTheCap_AreStillRightButNoLongerKept()
    {
        var pool = new ValuePool();
        for (var i = 0; i < ValuePool.MaxPooledNumbers; i++) pool.Number(i);

        var past = ValuePool.MaxPooledNumbers + 1.5;
        Assert.Equal(past, pool.Number(past).AsNumber);
        Assert.NotSame(pool.Number(past), pool.Number(past));
        Assert.Same(pool.Number(7), pool.Number(7));
    }
}
