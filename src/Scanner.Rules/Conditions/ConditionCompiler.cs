using Scanner.Core.Inventory;
using Scanner.Core.Schema;
using Scanner.Rules.Operators;
using Scanner.Rules.Paths;
using Scanner.Rules.Yaml;
using YamlDotNet.RepresentationModel;

namespace Scanner.Rules.Conditions;

/// <summary>
/// Compiles a YAML condition tree into executable <see cref="Condition"/>s, checking every key, operator,
/// argument and path on the way; the first problem stops with file, line and column.
/// </summary>
internal sealed class ConditionCompiler
{
    /// <summary>Combinators over a list of conditions.</summary>
    internal static readonly string[] ListCombinators = ["all", "any", "none"];

    /// <summary>The combinator over one condition.</summary>
    internal const string NotCombinator = "not";

    /// <summary>Quantifiers (<c>in: PATH</c>, <c>where: CONDITION</c>).</summary>
    internal static readonly string[] Quantifiers = ["some", "every", "no"];

    /// <summary>Every combinator and quantifier key.</summary>
    internal static readonly string[] Keys = [.. ListCombinators, NotCombinator, .. Quantifiers];

    private readonly PathCompiler _paths;
    private readonly string _file;
    private readonly string _subjectKind;
    private readonly OperatorRegistry _operators;

    public ConditionCompiler(InventorySchema schema, string file, string subjectKind, OperatorRegistry operators)
    {
        _paths = new PathCompiler(schema);
        _file = file;
        _subjectKind = subjectKind;
        _operators = operators;
    }

    /// <summary>True once a compiled condition compares with the organization (in_organization, outside_organization).</summary>
    public bool UsesOrganization { get; private set; }

    public Condition Compile(YamlNode node) => Compile(node, PathType.OfKind(_subjectKind), 0);

    /// <summary>What the compiled condition reads (see <see cref="PathCompiler.Reads"/>).</summary>
    public IReadOnlySet<(string Kind, string Property)> Reads => _paths.Reads;

    private int _budget = 5_000;

    private Condition Compile(YamlNode node, PathType context, int depth)
    {
        if (depth > 32) throw node.Error(_file, "condition nests deeper than 32 levels");
        if (--_budget < 0) throw node.Error(_file, "condition has more than 5000 nodes (aliases expand to too much)");
        var map = node.AsMapping(_file, "a condition");
        if (map.Children.Count == 0) throw node.Error(_file, "empty condition");
        var first = map.Children[0].Key.KeyName(_file);
        if (Keys.Contains(first))
        {
            if (map.Children.Count != 1)
                throw map.Children[1].Key.Error(_file, $"'{first}' must be the only key of its condition; wrap several conditions in 'all' or 'any'");
            var body = map.Children[0].Value;
            return first switch
            {
                "all" => new AllCondition(List(body, first, context, depth)),
                "any" => new AnyCondition(List(body, first, context, depth)),
                "none" => new NotCondition(new AnyCondition(List(body, first, context, depth)), "none of the conditions"),
                "not" => new NotCondition(Compile(body, context, depth + 1), "the negated condition"),
                _ => Quantified(body, first, context, depth),
            };
        }
        if (first != "path" && !map.Children.ContainsKey(new YamlScalarNode("path")))
            throw map.Children[0].Key.Error(_file,
                $"unknown condition key '{first}' (expected one of {string.Join(", ", Keys)}, or 'path' with one operator)");
        return Leaf(map, context);
    }

    private List<Condition> List(YamlNode body, string key, PathType context, int depth)
    {
        var seq = body.AsSequence(_file, $"'{key}'");
        if (seq.Children.Count == 0) throw body.Error(_file, $"'{key}' needs at least one condition");
        return seq.Children.Select(c => Compile(c, context, depth + 1)).ToList();
    }

    private Condition Quantified(YamlNode body, string key, PathType context, int depth)
    {
        var map = body.AsMapping(_file, $"'{key}'");
        YamlNode? inNode = null, whereNode = null;
        foreach (var (k, v) in map.Children)
        {
            switch (k.KeyName(_file))
            {
                case "in": inNode = v; break;
                case "where": whereNode = v; break;
                default: throw k.Error(_file, $"unknown key '{k}' in '{key}' (expected 'in' and 'where')");
            }
        }
        if (inNode is null) throw body.Error(_file, $"'{key}' needs 'in: PATH'");
        if (whereNode is null) throw body.Error(_file, $"'{key}' needs 'where: CONDITION'");
        var (path, type, error) = _paths.Compile(inNode.AsString(_file, "'in'"), context, _subjectKind);
        if (error is not null) throw inNode.Error(_file, error);
        var quantifier = key switch { "some" => Quantifier.Some, "every" => Quantifier.Every, _ => Quantifier.No };
        return new QuantifierCondition(quantifier, path!, Compile(whereNode, type!.Element, depth + 1));
    }

    private Condition Leaf(YamlMappingNode map, PathType context)
    {
        YamlNode? pathNode = null;
        (YamlNode Key, YamlNode Value)? opEntry = null;
        foreach (var (k, v) in map.Children)
        {
            var name = k.KeyName(_file);
            if (name == "path")
            {
                pathNode = v;
                continue;
            }
            if (_operators.Find(name) is null)
                throw k.Error(_file, $"unknown operator '{name}' (operators: {string.Join(", ", _operators.All.Select(o => o.Name).Order(StringComparer.Ordinal))})");
            if (opEntry is not null) throw k.Error(_file, $"a condition takes one operator; '{opEntry.Value.Key}' is already given — use 'all' for several");
            opEntry = (k, v);
        }
        if (opEntry is null) throw map.Error(_file, "a 'path' condition needs one operator");
        var (path, type, error) = _paths.Compile(pathNode!.AsString(_file, "'path'"), context, _subjectKind);
        if (error is not null) throw pathNode!.Error(_file, error);

        var op = _operators.Find(opEntry.Value.Key.KeyName(_file))!;
        if (op is OrganizationOperator) UsesOrganization = true;
        if (!op.IsCollectionOperator && type!.Kinds.Count > 0 && !type.IsAny)
            throw pathNode!.Error(_file, $"operator '{op.Name}' compares values, but path '{path!.Text}' selects {type.Describe()} resources; name one of their properties");
        var budget = 10_000;
        Value raw;
        try
        {
            raw = YamlValues.ToValue(opEntry.Value.Value, ref budget);
        }
        catch (YamlLimitException e)
        {
            throw opEntry.Value.Value.Error(_file, e.Message);
        }
        var (argument, argError) = op.Validate(raw);
        if (argError is not null) throw opEntry.Value.Value.Error(_file, argError);
        // An argument that is itself a path from the subject (port_range_exceeds) is read too.
        if (raw.IsString && raw.AsString.StartsWith("$.", StringComparison.Ordinal))
            _paths.Compile(raw.AsString, PathType.OfKind(_subjectKind), _subjectKind);
        return new LeafCondition(path!, op, argument!);
    }
}
