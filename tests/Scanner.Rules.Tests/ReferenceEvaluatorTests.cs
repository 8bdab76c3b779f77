using System.Text;
using CsCheck;
using Scanner.Core.Aws;
using Scanner.Core.Inventory;
using Scanner.Rules.Evaluation;

namespace Scanner.Rules.Tests;

/// <summary>
/// Property test: random condition trees over random (possibly unknown or absent) values must evaluate exactly
/// as a ten-line reference implementation of three-valued logic says.
/// </summary>
public class ReferenceEvaluatorTests
{
    private abstract record Node;
    private sealed record Leaf(string Property, bool Expected) : Node;
    private sealed record Combine(string Op, Node[] Children) : Node;
    private sealed record Not(Node Child) : Node;

    private static readonly string[] Properties = ["allowExternalPrincipals", "sharedWithCaller"];

    private static readonly Gen<Node> Tree = Gen.Recursive<Node>((depth, self) =>
    {
        var leaf = Gen.Select(Gen.Int[0, 1], Gen.Bool, (i, b) => (Node)new Leaf(Properties[i], b));
        if (depth >= 4) return leaf;
        return Gen.Frequency(
            (3, leaf),
            (2, Gen.Select(Gen.Int[0, 2].Select(i => new[] { "all", "any", "none" }[i]), self.Array[1, 3], (op, c) => (Node)new Combine(op, c))),
            (1, self.Select(c => (Node)new Not(c))));
    });

    /// <summary>0 = absent, 1 = true, 2 = false, 3 = unknown.</summary>
    private static readonly Gen<int[]> Values = Gen.Int[0, 3].Array[2];

    private static Tri Reference(Node n, int[] values) => n switch
    {
        Leaf l => values[Array.IndexOf(Properties, l.Property)] switch
        {
            0 => Tri.False,
            1 => l.Expected ? Tri.True : Tri.False,
            2 => l.Expected ? Tri.False : Tri.True,
            _ => Tri.Unknown,
        },
        Not x => Reference(x.Child, values).Not(),
        Combine { Op: "all" } c => c.Children.Select(k => Reference(k, values)).Aggregate(Tri.True, (a, b) => a == Tri.False || b == Tri.False ? Tri.False : a == Tri.Unknown || b == Tri.Unknown ? Tri.Unknown : Tri.True),
        Combine c => AnyOf(c.Children.Select(k => Reference(k, values))) is var any && c.Op == "any" ? any : any.Not(),
        _ => throw new InvalidOperationException(),
    };

    private static Tri AnyOf(IEnumerable<Tri> ts)
    {
        var list = ts.ToList();
        return list.Contains(Tri.True) ? Tri.True : list.Contains(Tri.Unknown) ? Tri.Unknown : Tri.False;
    }

    private static void Yaml(Node n, StringBuilder sb, int indent)
    {
        var pad = new string(' ', indent);
        switch (n)
        {
            case Leaf l:
                sb.Append(pad).Append("path: ").AppendLine(l.Property);
                sb.Append(pad).Append("equals: ").AppendLine(l.Expected ? "true" : "false");
                break;
            case Not x:
                sb.Append(pad).AppendLine("not:");
                Yaml(x.Child, sb, indent + 2);
                break;
            case Combine c:
                sb.Append(pad).Append(c.Op).AppendLine(":");
                foreach (var child in c.Children)
                {
                    var inner = new StringBuilder();
                    Yaml(child, inner, indent + 4);
                    var text = inner.ToString();
                    sb.Append(pad).Append("  - ").Append(text.TrimStart());
                }
                break;
        }
    }

    [Fact]
    public void Engine_AgreesWithReferenceEvaluator_OnRandomTreesAndValues()
    {
        var loader = new RuleLoader();
        var engine = new RuleEngine();
        Gen.Select(Tree, Values).Sample((tree, values) =>
        {
            var sb = new StringBuilder();
            Yaml(tree, sb, 0);
            var rule = loader.LoadText(RuleText.With("ram_resource_share", sb.ToString()), "p.yaml");
            var props = new MapBuilder();
            for (var i = 0; i < Properties.Length; i++)
                props.Set(Properties[i], values[i] switch { 1 => Value.True, 2 => Value.False, 3 => Value.Unknown, _ => null });
            var share = new Resource(ResourceKinds.ResourceShare, "s", ResourceOrigin.Terraform, props.Build());
            var result = engine.Evaluate(new InventoryGraph([share]), [rule], OrganizationContext.None);
            var actual = result.Findings.Count == 1 ? Tri.True : result.Undecided.Count == 1 ? Tri.Unknown : Tri.False;
            Assert.Equal(Reference(tree, values), actual);
        }, iter: 1500);
    }
}
