using Scanner.Core.Inventory;
using Scanner.Core.Network;
using Scanner.Core.Schema;
using Scanner.Rules.Conditions;
using Scanner.Rules.Evaluation;
using Scanner.Rules.Paths;

namespace Scanner.Rules.Operators;

/// <summary>
/// <c>port_range_exceeds: "$.PATH"</c>: the value is a port range (<c>{fromPort,toPort}</c>, <c>"1024-65535"</c>, a
/// number) that includes at least one port which none of the ranges found at PATH covers — a security group rule
/// open on more ports than the configurations it leads to serve. PATH starts at the rule's subject (<c>$.</c>) and
/// must end at port ranges (objects with <c>fromPort</c>/<c>toPort</c>).
/// </summary>
/// <remarks>
/// False when PATH selects no range (nothing to compare with: the configurations are outside the inventory) or
/// when the value is not a port range (ICMP type/code pairs such as -1/-1). Unknown when the value or any range
/// PATH selects is unknown, or a relation on the way is. The validator has no subject kind, so it checks that
/// PATH compiles against the inventory schema for at least one kind and ends at port ranges; the path is
/// compiled again for each subject kind the first time it is evaluated, and a path that does not fit that kind
/// stops the evaluation with the schema error rather than never matching.
/// </remarks>
internal sealed class PortRangeExceedsOperator() : ElementOperator("port_range_exceeds",
    ArgumentType.String(@"^\s*\$\.").Described("path from the subject (`\"$.resourceConfiguration.portRanges\"`)",
        "a path from the subject ('$.…') to port ranges, such as \"$.resourceConfiguration.portRanges\""),
    "is a port range including a port that none of the ranges at that path covers (a group open on more ports than the configurations behind it serve); "
    + "false when the path selects no range or the value is no port range (ICMP -1/-1); unknown when the value or a selected range is")
{
    public override (OperatorArgument?, string?) Validate(Value a)
    {
        if (!a.IsString || !a.AsString.Trim().StartsWith("$.", StringComparison.Ordinal)) return Fail();
        var compiler = new PathCompiler(InventorySchema.Default);
        string? firstError = null;
        var fits = false;
        foreach (var kind in InventorySchema.Default.Kinds)
        {
            var (_, type, error) = compiler.Compile(a.AsString, PathType.OfKind(kind.Kind), kind.Kind);
            if (error is not null)
            {
                firstError ??= error;
                continue;
            }
            if (!IsPortRanges(type!))
                return (null, $"operator '{Name}': path '{a.AsString}' selects {type!.Describe()}, not port ranges (objects with fromPort and toPort)");
            fits = true;
        }
        return fits ? Ok(a, new CompiledPaths(a.AsString)) : (null, $"operator '{Name}': {firstError}");
    }

    /// <summary>A precompiled rule's path was checked against every kind when the form was built: not again at start-up.</summary>
    internal override OperatorArgument Restore(Value argument) => new(argument, new CompiledPaths(argument.AsString));

    public override Tri Test(Value v, OperatorArgument a, EvaluationContext c)
    {
        var (range, unknown) = PortRanges.Read(v);
        if (unknown) return Tri.Unknown;
        if (range is not { } r || r.From < 0 || r.To > 65535 || r.From > r.To) return Tri.False;

        // The ranges at PATH depend on the subject only: select them once per subject, not once per tested value.
        var allowed = c.Memo(a.Compiled!, ctx => Allowed((CompiledPaths)a.Compiled!, ctx));
        if (allowed.Unknown) return Tri.Unknown;
        if (allowed.Sorted.Count == 0) return Tri.False;
        return TriLogic.From(!Covered(r, allowed.Sorted));
    }

    private static AllowedRanges Allowed(CompiledPaths paths, EvaluationContext c)
    {
        var path = paths.For(c.Subject.Kind);
        var n = path.Segments.Count;
        var allowed = new List<PortRange>();
        // The first hop depends on the subject; what the rest of the path selects from a resource reached there does
        // not, so it is walked once per resource (many associations lead to one service network) and shared.
        foreach (var first in path.SelectSegments(Item.Root(c.Subject), 0, Math.Min(1, n), c))
        {
            var tail = first.Resource is { } at && n > 1
                ? c.MemoAt(path, at, () => Ranges(path.SelectSegments(first, 1, n, c)))
                : Ranges(n > 1 ? path.SelectSegments(first, 1, n, c) : [first]);
            if (tail.Unknown) return AllowedRanges.UnknownRanges;
            allowed.AddRange(tail.Sorted);
        }
        return new AllowedRanges(allowed.OrderBy(x => x.From).ToList(), false);
    }

    /// <summary>The port ranges among selected items, in selection order; unknown when any element is unknown.</summary>
    private static AllowedRanges Ranges(List<Item> selection)
    {
        var ranges = new List<PortRange>();
        foreach (var item in selection)
        foreach (var e in Elements.Flatten(item))
        {
            if (e.IsUnknown) return AllowedRanges.UnknownRanges;
            if (e.Value is not { } value) continue;
            var (range, unknown) = PortRanges.Read(value);
            if (unknown) return AllowedRanges.UnknownRanges;
            if (range is { } r) ranges.Add(r);
        }
        return new AllowedRanges(ranges, false);
    }

    /// <summary>Port ranges (ordered by first port, stably, when they are a subject's whole selection), or unknown.</summary>
    private sealed record AllowedRanges(List<PortRange> Sorted, bool Unknown)
    {
        public static AllowedRanges UnknownRanges { get; } = new([], true);
    }

    /// <summary>Every port of <paramref name="r"/> lies in the union of <paramref name="allowed"/> (ordered by first port).</summary>
    private static bool Covered(PortRange r, List<PortRange> allowed)
    {
        var next = r.From;
        foreach (var x in allowed)
        {
            if (x.From > next) break;
            if (x.To >= next) next = x.To + 1;
            if (next > r.To) return true;
        }
        return next > r.To;
    }

    private static bool IsPortRanges(PathType type)
    {
        var p = type.Property;
        if (p is null) return false;
        var item = p.Type == PropertyType.List ? p.Item : p;
        return item is { Type: PropertyType.Object } && item.Member(PortRangeProperties.FromPort.Name) is not null && item.Member(PortRangeProperties.ToPort.Name) is not null;
    }

    /// <summary>The argument path compiled once per subject kind.</summary>
    private sealed class CompiledPaths(string text)
    {
        private readonly Dictionary<string, PropertyPath> _byKind = new(StringComparer.Ordinal);

        public PropertyPath For(string kind)
        {
            lock (_byKind)
            {
                if (_byKind.TryGetValue(kind, out var path)) return path;
                var (compiled, _, error) = new PathCompiler(InventorySchema.Default).Compile(text, PathType.OfKind(kind), kind);
                if (error is not null)
                    throw new InvalidOperationException($"operator 'port_range_exceeds': {error} (the rule's subject is {kind})");
                return _byKind[kind] = compiled!;
            }
        }
    }
}
