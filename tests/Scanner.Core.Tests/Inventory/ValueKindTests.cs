using Scanner.Core.Inventory;

namespace Scanner.Core.Tests.Inventory;

/// <summary>A value's kind comes from its payload alone; every kind answers as itself and as nothing else.</summary>
public sealed class ValueKindTests
{
    public static TheoryData<string, ValueKind> Values() => new()
    {
        { "null", ValueKind.Null },
        { "unknown", ValueKind.Unknown },
        { "true", ValueKind.Boolean },
        { "false", ValueKind.Boolean },
        { "number", ValueKind.Number },
        { "string", ValueKind.String },
        { "empty string", ValueKind.String },
        { "empty list", ValueKind.List },
        { "list", ValueKind.List },
        { "empty map", ValueKind.Map },
        { "small map", ValueKind.Map },
        { "large map", ValueKind.Map },
    };

    private static Value Make(string name) => name switch
    {
        "null" => Value.Null,
        "unknown" => Value.Unknown,
        "true" => Value.True,
        "false" => Value.From(false),
        "number" => Value.From(5432),
        "string" => Value.From("sg-1"),
        "empty string" => Value.From(""),
        "empty list" => Value.List(),
        "list" => Value.List(Value.From(1), Value.Null),
        "empty map" => Value.Map([]),
        "small map" => new MapBuilder().Set("a", 1).Build(),
        _ => Value.Map(Enumerable.Range(0, 20).Select(i => new KeyValuePair<string, Value>($"k{i}", Value.From(i)))),
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Kind_AndEachIsProperty_AgreeWithTheValueMade(string name, ValueKind kind)
    {
        var v = Make(name);

        Assert.Equal(kind, v.Kind);
        Assert.Equal(
            [kind == ValueKind.Null, kind == ValueKind.Unknown, kind == ValueKind.Boolean, kind == ValueKind.Number, kind == ValueKind.String, kind == ValueKind.List, kind == ValueKind.Map],
            [v.IsNull, v.IsUnknown, v.IsBoolean, v.IsNumber, v.IsString, v.IsList, v.IsMap]);
        Assert.NotEqual(v, kind == ValueKind.Null ? Value.Unknown : Value.Null);
    }

    [Fact]
    public void WrongKindAccess_NamesBothKinds()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Value.Unknown.AsString);

        Assert.Equal("Value is Unknown, not String.", e.Message);
        Assert.Throws<InvalidOperationException>(() => Value.Null.Items);
        Assert.Throws<InvalidOperationException>(() => Value.From("x").AsNumber);
    }

    [Fact]
    public void StringValue_IsOneReference_24Bytes()
    {
        var strings = Enumerable.Range(0, 10_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var values = new Value[strings.Length];

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < strings.Length; i++) values[i] = Value.From(strings[i]);
        var perValue = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)values.Length;

        Assert.Equal(24, perValue);
        GC.KeepAlive(values);
    }

    [Fact]
    public void SmallMapValue_IsTheValueAndItsArrayOfPairs_NothingAround()
    {
        var pairs = Enumerable.Range(0, 10_000).Select(i => new KeyValuePair<string, Value>[] { new("fromPort", Value.From(i)), new("toPort", Value.From(i)) }).ToArray();
        var values = new Value[pairs.Length];

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < pairs.Length; i++) values[i] = Value.OwningSmallEntries(pairs[i]);
        var perMap = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)values.Length;

        // The pairs are the map's own (Value.Map builds them): the value is its 24 bytes, no dictionary view is kept.
        Assert.Equal(24, perMap);
        Assert.Equal(values[7], Value.Map(pairs[7]));
        Assert.Equal(2, values[7].Entries.Count);
        Assert.Equal(7, values[7].Get("toPort")!.AsNumber);
        Assert.Null(values[7].Get("other"));
        GC.KeepAlive(values);
    }
}
