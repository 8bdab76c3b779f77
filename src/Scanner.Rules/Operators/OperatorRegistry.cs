namespace Scanner.Rules.Operators;

/// <summary>Every operator a rule condition may use, by its YAML key.</summary>
public static class OperatorRegistry
{
    private static readonly Dictionary<string, RuleOperator> Operators = new RuleOperator[]
    {
        new EqualsOperator("equals", false),
        new EqualsOperator("not_equals", true),
        new InOperator("in", false),
        new InOperator("not_in", true),
        new MatchesOperator("matches", false),
        new MatchesOperator("not_matches", true),
        new AffixOperator("starts_with", true),
        new AffixOperator("ends_with", false),
        new OrderOperator("greater_than", (x, y) => x > y),
        new OrderOperator("greater_or_equal", (x, y) => x >= y),
        new OrderOperator("less_than", (x, y) => x < y),
        new OrderOperator("less_or_equal", (x, y) => x <= y),
        new IsUnknownOperator(),
        new IsAnyAddressOperator(),
        new IsPrivateAddressOperator(),
        new CidrRangeOperator("cidr_within", true),
        new CidrRangeOperator("cidr_outside", false),
        new PortRangeWiderThanOperator(),
        new CoversPortOperator(),
        new PortRangeExceedsOperator(),
        new OrganizationOperator("in_organization", true),
        new OrganizationOperator("outside_organization", false),
        new ExistsOperator("exists", false),
        new ExistsOperator("absent", true),
        new EmptyOperator("empty", false),
        new EmptyOperator("not_empty", true),
        new ContainsOperator("contains", false),
        new ContainsOperator("not_contains", true),
        new CountOperator("count_equals", (n, x) => n == x),
        new CountOperator("count_greater_than", (n, x) => n > x),
        new CountOperator("count_less_than", (n, x) => n < x),
    }.ToDictionary(o => o.Name, StringComparer.Ordinal);

    public static IEnumerable<RuleOperator> All => Operators.Values;

    public static RuleOperator? Find(string name) => Operators.GetValueOrDefault(name);
}
