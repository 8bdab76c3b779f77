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

    private static Value Rule(string cidr, double port) => Value.Map([
        new("protocol", Value.From(new string("tcp".AsSpan()))),
        new("fromPort", Value.From(port)),
        new("toPort", Value.From(port)),
        new("cidrs", Value.List(Value.From(new string(cidr.AsSpan())))),
    ]);

    private static Value Group(string name, params Value[] rules) => Value.Map([
        new("name", Value.From(name)),
        new("ingress", Value.List(rules)),
    ]);

    [Fact]
    public void Share_RepeatedListsAndMaps_AreOneObjectEach_AndTheValuesStayEqual()
    {
        var pool = new ValuePool();
        var a = Group("a", Rule("10.0.0.0/8", 5432), Rule("10.0.0.0/8", 5432));
        var b = Group("b", Rule("10.0.0.0/8", 5432));

        var sharedA = pool.Share(a);
        var sharedB = pool.Share(b);

        Assert.Equal(a, sharedA);
        Assert.Equal(b, sharedB);
        var rules = sharedA.Get("ingress")!.Items;
        Assert.Same(rules[0], rules[1]);
        Assert.Same(rules[0], sharedB.Get("ingress")!.Items[0]);
        Assert.Same(rules[0].Get("fromPort"), rules[0].Get("toPort"));
        Assert.Equal(["name", "ingress"], sharedA.Entries.Keys);
    }

    [Fact]
    public void Share_DifferentContent_StaysApart()
    {
        var pool = new ValuePool();
        var tcp = pool.Share(Group("a", Rule("10.0.0.0/8", 5432))).Get("ingress")!.Items[0];
        var otherPort = pool.Share(Group("a", Rule("10.0.0.0/8", 3306))).Get("ingress")!.Items[0];
        var otherCidr = pool.Share(Group("a", Rule("10.0.0.0/16", 5432))).Get("ingress")!.Items[0];
        var asText = pool.Share(Value.Map([new("x", Value.List(Value.From("5432")))])).Get("x")!;
        var asNumber = pool.Share(Value.Map([new("x", Value.List(Value.From(5432)))])).Get("x")!;
        var reordered = pool.Share(Value.Map([new("x", Value.Map([new("p", Value.From(1)), new("q", Value.From(2))]))])).Get("x")!;
        var inOrder = pool.Share(Value.Map([new("x", Value.Map([new("q", Value.From(2)), new("p", Value.From(1))]))])).Get("x")!;

        var underP = pool.Share(Value.Map([new("x", Value.Map([new("p", Value.From(1))]))])).Get("x")!;
        var underQ = pool.Share(Value.Map([new("x", Value.Map([new("q", Value.From(1))]))])).Get("x")!;

        Assert.Equal(["p"], underP.Entries.Keys);
        Assert.Equal(["q"], underQ.Entries.Keys);
        Assert.NotEqual(tcp, otherPort);
        Assert.NotEqual(tcp, otherCidr);
        Assert.NotEqual(asText, asNumber);
        Assert.NotSame(reordered, inOrder);
        Assert.Equal(["p", "q"], reordered.Entries.Keys);
        Assert.Equal(["q", "p"], inOrder.Entries.Keys);
    }

    [Fact]
    public void Share_TheRootIsNotKept_NorALargeMap_ButTheirPartsAre()
    {
        var pool = new ValuePool();
        Value Large() => Value.Map(Enumerable.Range(0, 12).Select(i => new KeyValuePair<string, Value>($"k{i}", Value.List(Value.From("v")))));

        var first = pool.Share(Value.Map([new("large", Large())]));
        var second = pool.Share(Value.Map([new("large", Large())]));
        var root = pool.Share(Value.List(Value.From("r")));
        var again = pool.Share(Value.List(Value.From("r")));

        Assert.NotSame(first, second);
        Assert.NotSame(first.Get("large"), second.Get("large"));
        Assert.Same(first.Get("large")!.Get("k0"), second.Get("large")!.Get("k11"));
        Assert.Equal(first, second);
        Assert.NotSame(root, again);
        Assert.Same(root.Items[0], again.Items[0]);
    }

    [Fact]
    public void Share_References_AreOneObjectPerRelationAndTarget()
    {
        var pool = new ValuePool();
        var first = pool.Share([new ResourceReference("gateway", "t#Gw"), new ResourceReference("vpc", null)]);
        var second = pool.Share([new ResourceReference("gateway", new string("t#Gw".AsSpan())), new ResourceReference("gateway", "t#Other")]);

        Assert.Same(first[0], second[0]);
        Assert.NotSame(first[0], second[1]);
        Assert.Equal(new ResourceReference("vpc", null), first[1]);
        Assert.Empty(pool.Share(Array.Empty<ResourceReference>()));
    }
}
