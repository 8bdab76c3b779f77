using Scanner.Core.Inventory;
using Scanner.Core.Network;
using Scanner.Core.Schema;
using Scanner.Rules.Evaluation;

namespace Scanner.Rules.Operators;

/// <summary>Reads a port range from a value: an object with fromPort/toPort, a string "443" / "1024-65535", or a number.</summary>
internal static class PortRanges
{
    public static (PortRange? Range, bool Unknown) Read(Value v)
    {
        switch (v.Kind)
        {
            case ValueKind.Map:
                var from = v.Get(PortRangeProperties.FromPort.Name);
                var to = v.Get(PortRangeProperties.ToPort.Name);
                if (from is { IsUnknown: true } || to is { IsUnknown: true }) return (null, true);
                var f = from is null ? null : ValueComparison.AsNumber(from);
                var t = to is null ? f : ValueComparison.AsNumber(to);
                return f is { } a && t is { } b ? (new PortRange((int)a, (int)b), false) : (null, false);
            case ValueKind.String:
                return PortRange.TryParse(v.AsString, out var r) ? (r, false) : (null, false);
            case ValueKind.Number:
                return (new PortRange((int)v.AsNumber, (int)v.AsNumber), false);
            default:
                return (null, false);
        }
    }
}

/// <summary><c>port_range_wider_than: N</c>: the range covers more than N ports (5432-5432 covers 1).</summary>
internal sealed class PortRangeWiderThanOperator() : ElementOperator("port_range_wider_than",
    ArgumentType.Number(minimum: 0).Described("number", "a whole number of ports"),
    "is a port range (`{fromPort,toPort}`, `\"1024-65535\"`, a number) covering more ports (5432-5432 covers 1)")
{
    public override (OperatorArgument?, string?) Validate(Value a) => a.IsNumber && a.AsNumber >= 0 ? Ok(a) : Fail();

    public override Tri Test(Value v, OperatorArgument a, EvaluationContext c)
    {
        var (range, unknown) = PortRanges.Read(v);
        return unknown ? Tri.Unknown : range is { } r ? TriLogic.From(r.Width > a.Raw.AsNumber) : Tri.False;
    }
}

/// <summary><c>covers_port: N</c>: the range includes port N.</summary>
internal sealed class CoversPortOperator() : ElementOperator("covers_port",
    ArgumentType.Number(minimum: 0, maximum: 65535).Described("port", "a port number 0-65535"), "is a port range including that port")
{
    public override (OperatorArgument?, string?) Validate(Value a) => a.IsNumber && a.AsNumber is >= 0 and <= 65535 ? Ok(a) : Fail();

    public override Tri Test(Value v, OperatorArgument a, EvaluationContext c)
    {
        var (range, unknown) = PortRanges.Read(v);
        return unknown ? Tri.Unknown : range is { } r ? TriLogic.From(r.Covers((int)a.Raw.AsNumber)) : Tri.False;
    }
}
