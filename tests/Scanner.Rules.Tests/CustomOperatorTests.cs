using Scanner.Core.Aws;
using Scanner.Core.Collection;
using Scanner.Core.Inventory;
using Scanner.Rules.Evaluation;
using Scanner.Rules.Operators;
using static Scanner.Rules.Tests.Inventories;

namespace Scanner.Rules.Tests;

/// <summary>A host adds an operator through the registry; rules loaded from YAML use it like a built-in one.</summary>
public class CustomOperatorTests
{
    /// <summary>A prefix test that ignores case, as a host might add.</summary>
    private sealed class PrefixIgnoringCaseOperator() : ElementOperator("starts_with_ignoring_case", ArgumentType.String(), "has the prefix, in any case")
    {
        public override (OperatorArgument?, string?) Validate(Value argument) => argument.IsString ? Ok(argument) : Fail();

        public override Tri Test(Value value, OperatorArgument argument, EvaluationContext context) =>
            TriLogic.From(value.IsString && value.AsString.StartsWith(argument.Raw.AsString, StringComparison.OrdinalIgnoreCase));
    }

    private static readonly OperatorRegistry WithPrefix = OperatorRegistry.BuiltIn.With([new PrefixIgnoringCaseOperator()]);

    private const string Condition = "path: groupName\nstarts_with_ignoring_case: prod-";

    [Fact]
    public void RuleFromYaml_UsesTheRegisteredOperator_FiresOnlyWhereItHolds()
    {
        var rule = new RuleLoader(operators: WithPrefix).LoadText(RuleText.With("security_group", Condition), "t.yaml");
        Resource Group(string key, string name) =>
            new(ResourceKinds.SecurityGroup, key, ResourceOrigin.Aws, new MapBuilder().Set("groupName", name).Build()) { Name = name };

        var result = new RuleEngine().Evaluate(new InventoryGraph([Group("sg#a", "PROD-db"), Group("sg#b", "staging-db")]), [rule], OrganizationContext.None);

        Assert.Equal(["sg#a"], result.Findings.Select(f => f.ResourceKey));
    }

    [Fact]
    public void RuleFromYaml_WithoutTheOperatorRegistered_IsRefusedNamingIt()
    {
        var e = Assert.Throws<InputException>(() => new RuleLoader().LoadText(RuleText.With("security_group", Condition), "t.yaml"));
        Assert.Contains("unknown operator 'starts_with_ignoring_case'", e.Message);
    }

    [Fact]
    public void RegisteredOperator_BadArgument_IsRefusedWithItsOwnDescription()
    {
        var e = Assert.Throws<InputException>(() =>
            new RuleLoader(operators: WithPrefix).LoadText(RuleText.With("security_group", "path: groupName\nstarts_with_ignoring_case: [a]"), "t.yaml"));
        Assert.Contains("operator 'starts_with_ignoring_case' expects a string", e.Message);
    }

    [Fact]
    public void With_TakenReservedOrMalformedName_Throws()
    {
        Assert.Throws<ArgumentException>(() => WithPrefix.With([new PrefixIgnoringCaseOperator()]));
        Assert.Contains("condition keyword", Assert.Throws<ArgumentException>(() => OperatorRegistry.BuiltIn.With([new Named("some")])).Message);
        Assert.Contains("already registered", Assert.Throws<ArgumentException>(() => OperatorRegistry.BuiltIn.With([new Named("equals")])).Message);
        Assert.Contains("lower-case words", Assert.Throws<ArgumentException>(() => OperatorRegistry.BuiltIn.With([new Named("Tag-Value")])).Message);
        Assert.Null(OperatorRegistry.BuiltIn.Find("starts_with_ignoring_case"));
    }

    [Fact]
    public void RegisteredOperator_AppearsInTheGeneratedSchemaAndTables()
    {
        var schema = Definitions.RuleFileSchema.Generate(Core.Schema.InventorySchema.Default, WithPrefix);
        Assert.Contains("\"starts_with_ignoring_case\": {", schema);
        Assert.Contains("| `starts_with_ignoring_case` | string | has the prefix, in any case |", Definitions.RuleFileTables.Operators(WithPrefix, collection: false));
    }

    private sealed class Named(string name) : CollectionOperator(name, ArgumentType.Boolean, "never")
    {
        public override (OperatorArgument?, string?) Validate(Value argument) => Ok(argument);

        public override Tri Test(IReadOnlyList<Item> elements, OperatorArgument argument, EvaluationContext context) => Tri.False;
    }
}
