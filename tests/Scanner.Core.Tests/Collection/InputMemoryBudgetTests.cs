using Scanner.Core.Collection;
using Scanner.Core.Inventory;

namespace Scanner.Core.Tests.Collection;

public sealed class InputMemoryBudgetTests
{
    [Fact]
    public void Limit_IsTwiceTheInputPlusTheAllowance()
    {
        Assert.Equal(2 * 1000 + InputMemoryBudget.Allowance, new InputMemoryBudget("f", 1000).Limit);
        Assert.Equal(InputMemoryBudget.Allowance, InputMemoryBudget.For(0));
        Assert.Equal(long.MaxValue, InputMemoryBudget.For(long.MaxValue / 2));
    }

    [Fact]
    public void Hold_PastTheLimit_RefusesTheInputByName()
    {
        var budget = new InputMemoryBudget("plans/big.json", 10 * 1048576, limit: 1000);
        budget.Hold(600);
        budget.Release(200);
        budget.Hold(600);
        Assert.Equal(1000, budget.Held);
        var e = Assert.Throws<InputException>(() => budget.Hold(1));
        Assert.StartsWith("plans/big.json: reading it would take more than 0.0 MiB of memory (the limit set for it; it is 10.0 MiB): it is made of", e.Message);
        Assert.Equal(1001, budget.Peak);
    }

    [Fact]
    public void DefaultLimit_IsNamedInTheMessage()
    {
        var budget = new InputMemoryBudget("t.yaml", 10 * 1048576);
        var e = Assert.Throws<InputException>(() => budget.Hold(budget.Limit + 1));
        Assert.StartsWith("t.yaml: reading it would take more than 52.0 MiB of memory (2× its 10.0 MiB + 32.0 MiB): it is made of far more", e.Message);
    }

    [Fact]
    public void InHalves_IsHalfTheSizeMore()
    {
        var budget = InputMemoryBudget.InHalves("b.sarif", 10 * 1048576, halves: 5);
        Assert.Equal(25 * 1048576 + InputMemoryBudget.Allowance, budget.Limit);
        var e = Assert.Throws<InputException>(() => budget.Hold(budget.Limit + 1));
        Assert.Contains("(2.5× its 10.0 MiB + 32.0 MiB)", e.Message);
    }

    [Fact]
    public void Release_NeverGoesBelowNothing()
    {
        var budget = new InputMemoryBudget("f", 0);
        budget.Hold(10);
        budget.Release(50);
        Assert.Equal(0, budget.Held);
        Assert.Equal(10, budget.Peak);
    }

    [Fact]
    public void Grown_HoldsEachSourcesGrowthOnce()
    {
        var budget = new InputMemoryBudget("f", 0);
        var a = new object();
        budget.Grown(a, 100);
        budget.Grown(a, 100);
        budget.Grown(a, 150);
        budget.Grown(new object(), 30);
        Assert.Equal(180, budget.Held);
    }

    [Fact]
    public void Take_HoldsWhatThePoolKept_RepeatsCostNothing()
    {
        var pool = new ValuePool();
        var budget = new InputMemoryBudget("f", 0);
        static Value Properties() => Value.Map(new Dictionary<string, Value> { ["Ids"] = Value.List(Value.From("sg-1"), Value.From("sg-2")) });
        pool.Share(Properties());
        budget.Take(pool);
        var first = budget.Held;
        Assert.True(first > 0);
        // The same properties again: only the resource's own map is new; the list and its texts are the pool's already.
        pool.Share(Properties());
        budget.Take(pool);
        Assert.Equal(first + ObjectBytes.Value + ObjectBytes.Pairs(1), budget.Held);
        // Distinct texts each cost a value, a text and their entries.
        pool.Share(Value.List(Value.From("sg-3")));
        budget.Take(pool);
        Assert.True(budget.Held - first - ObjectBytes.Value - ObjectBytes.Pairs(1) >= ObjectBytes.Value + ObjectBytes.Text("sg-3".Length));
    }

    [Fact]
    public void Add_HoldsTheResourceAndItsOwnTexts()
    {
        var pool = new ValuePool();
        var budget = new InputMemoryBudget("f", 0);
        var resource = new Resource(ResourceKinds.ResourceGateway, "t.yaml#Gateway", ResourceOrigin.CloudFormation, Value.EmptyMap) { Address = "Gateway" };
        budget.Add(resource, pool);
        Assert.Equal(ObjectBytes.Resource + ObjectBytes.Text("t.yaml#Gateway".Length) + ObjectBytes.Text("Gateway".Length), budget.Held);
    }
}
