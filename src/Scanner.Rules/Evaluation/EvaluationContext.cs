using Scanner.Core.Aws;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;

namespace Scanner.Rules.Evaluation;

/// <summary>What a condition sees while it evaluates: the graph, the organisation, and the rule's subject.</summary>
public sealed class EvaluationContext
{
    public EvaluationContext(InventoryGraph graph, OrganizationContext organization, Resource subject)
    {
        Graph = graph;
        Organization = organization;
        Subject = subject;
    }

    /// <summary>A context sharing <paramref name="graphMemo"/> with the other subjects of one evaluation of one graph.</summary>
    internal EvaluationContext(InventoryGraph graph, OrganizationContext organization, Resource subject, GraphMemo graphMemo)
        : this(graph, organization, subject) => _graphMemo = graphMemo;

    public InventoryGraph Graph { get; }
    public OrganizationContext Organization { get; }
    public Resource Subject { get; }

    /// <summary>Evidence gathered by leaves that evaluated true.</summary>
    public List<Evidence> Evidence => _evidence ??= [];

    private List<Evidence>? _evidence;

    private Dictionary<object, object>? _memo;
    private GraphMemo? _graphMemo;

    /// <summary>
    /// A result that depends only on the graph and a resource <paramref name="at"/> (never on the subject or the
    /// current item), shared by every subject of the same evaluation: e.g. what the rest of an operator's path selects
    /// from a service network that many associations lead to.
    /// </summary>
    internal T MemoAt<T>(object key, Resource at, Func<T> compute) where T : class =>
        (_graphMemo ??= new GraphMemo()).GetOrAdd(key, at, compute);

    /// <summary>
    /// A result that depends only on the subject and the graph (never on the current item), computed once per
    /// subject and rule: e.g. the ranges an operator's <c>$.</c> path selects, which would otherwise be walked again
    /// for every element the operator tests.
    /// </summary>
    internal T Memo<T>(object key, Func<EvaluationContext, T> compute) where T : class
    {
        _memo ??= new Dictionary<object, object>(ReferenceEqualityComparer.Instance);
        if (_memo.TryGetValue(key, out var cached)) return (T)cached;
        var value = compute(this);
        _memo[key] = value;
        return value;
    }
}

/// <summary>Results keyed by (key, resource) that hold for one graph; one per <see cref="RuleEngine.Evaluate"/> call.</summary>
internal sealed class GraphMemo
{
    private readonly Dictionary<object, Dictionary<Resource, object>> _byKey = new(ReferenceEqualityComparer.Instance);

    public T GetOrAdd<T>(object key, Resource at, Func<T> compute) where T : class
    {
        if (!_byKey.TryGetValue(key, out var byResource)) _byKey[key] = byResource = new(ReferenceEqualityComparer.Instance);
        if (byResource.TryGetValue(at, out var cached)) return (T)cached;
        var value = compute();
        byResource[at] = value;
        return value;
    }
}
