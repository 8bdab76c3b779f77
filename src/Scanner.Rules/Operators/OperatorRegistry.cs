using System.Text.RegularExpressions;

namespace Scanner.Rules.Operators;

/// <summary>
/// The operators a rule condition may use, by YAML key: the built-in ones (<see cref="BuiltIn"/>) plus any a host
/// adds (<see cref="With"/>). Each operator carries its argument type and summary, so the rule-file schema and the
/// operator tables of <c>rules/README.md</c> are generated from this registry.
/// </summary>
public sealed partial class OperatorRegistry
{
    /// <summary>Keys a condition already gives a meaning to, so no operator may take them.</summary>
    private static readonly string[] Reserved = ["path", .. Conditions.ConditionCompiler.Keys];

    private readonly List<RuleOperator> _ordered;
    private readonly Dictionary<string, RuleOperator> _byName;

    private OperatorRegistry(List<RuleOperator> ordered)
    {
        _ordered = ordered;
        _byName = ordered.ToDictionary(o => o.Name, StringComparer.Ordinal);
    }

    /// <summary>The operators that ship with the engine, in the order the documentation lists them.</summary>
    public static OperatorRegistry BuiltIn { get; } = new(
    [
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
        new IsAnyAddressOperator(),
        new IsPrivateAddressOperator(),
        new CidrRangeOperator("cidr_within", true),
        new CidrRangeOperator("cidr_outside", false),
        new PortRangeWiderThanOperator(),
        new CoversPortOperator(),
        new PortRangeExceedsOperator(),
        new OrganizationOperator("in_organization", true),
        new OrganizationOperator("outside_organization", false),
        new IsUnknownOperator(),
        new ExistsOperator("exists", false),
        new ExistsOperator("absent", true),
        new EmptyOperator("empty", false),
        new EmptyOperator("not_empty", true),
        new ContainsOperator("contains", false),
        new ContainsOperator("not_contains", true),
        new CountOperator("count_equals", (n, x) => n == x),
        new CountOperator("count_greater_than", (n, x) => n > x),
        new CountOperator("count_less_than", (n, x) => n < x),
    ]);

    /// <summary>Every operator, built-in ones first, then added ones in the order they were added.</summary>
    public IReadOnlyList<RuleOperator> All => _ordered;

    /// <summary>The operator with this YAML key, or null.</summary>
    public RuleOperator? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// A registry with these operators added. A name must be lower-case words joined by <c>_</c>
    /// (<c>tag_value_in</c>), and may not be one the registry or a condition (<c>path</c>, <c>all</c>, <c>some</c>, …)
    /// already uses.
    /// </summary>
    /// <exception cref="ArgumentException">A name is malformed, reserved or taken.</exception>
    public OperatorRegistry With(IEnumerable<RuleOperator> operators)
    {
        ArgumentNullException.ThrowIfNull(operators);
        var all = new List<RuleOperator>(_ordered);
        var names = _byName.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var op in operators)
        {
            ArgumentNullException.ThrowIfNull(op, nameof(operators));
            if (!NamePattern().IsMatch(op.Name))
                throw new ArgumentException($"operator name '{op.Name}' must be lower-case words joined by '_' (such as tag_value_in)", nameof(operators));
            if (Reserved.Contains(op.Name, StringComparer.Ordinal))
                throw new ArgumentException($"operator name '{op.Name}' is a condition keyword", nameof(operators));
            if (!names.Add(op.Name))
                throw new ArgumentException($"operator '{op.Name}' is already registered", nameof(operators));
            all.Add(op);
        }
        return new OperatorRegistry(all);
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex NamePattern();
}
