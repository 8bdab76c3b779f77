using Scanner.Core.Schema;

namespace Scanner.Core.Inventory;

/// <summary>
/// The inventory as a graph: resources indexed once by kind and identifier, references resolved once into
/// typed edges, and inverse edges derived from the schema. Evaluation reads this and never rescans the list.
/// </summary>
public sealed class InventoryGraph
{
    private static readonly IReadOnlyList<EdgeTarget> NoEdges = [];

    private readonly Dictionary<string, List<Resource>> _byKind = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Resource> _byIdentifier;
    private readonly Dictionary<Resource, OutgoingEdges> _edges;
    private readonly List<Resource> _resources;
    private readonly List<string> _duplicates = [];
    private readonly HashSet<(string Kind, string Relation)> _relations = [];

    public InventoryGraph(IEnumerable<Resource> resources, InventorySchema? schema = null)
    {
        Schema = schema ?? InventorySchema.Default;
        // Sized once up front: at a million resources, growing these tables step by step costs more than filling them.
        var count = resources.TryGetNonEnumeratedCount(out var n) ? n : 0;
        var seenKeys = new HashSet<string>(count, StringComparer.Ordinal);
        _resources = new List<Resource>(count);
        _byIdentifier = new Dictionary<string, Resource>(count == 0 ? 0 : IdentifierCount(resources), StringComparer.Ordinal);
        _edges = new Dictionary<Resource, OutgoingEdges>(count, ReferenceEqualityComparer.Instance);
        foreach (var r in resources)
        {
            if (!seenKeys.Add(r.Key))
            {
                _duplicates.Add(r.Key);
                continue;
            }
            _resources.Add(r);
            if (!_byKind.TryGetValue(r.Kind, out var list)) _byKind[r.Kind] = list = [];
            list.Add(r);
            // AllIdentifiers() in its order (first resource to claim an identifier keeps it), without the iterator.
            _byIdentifier.TryAdd(r.Key, r);
            if (r.Arn is not null) _byIdentifier.TryAdd(r.Arn, r);
            if (r.Id is not null) _byIdentifier.TryAdd(r.Id, r);
            foreach (var a in r.Aliases) _byIdentifier.TryAdd(a, r);
        }
        ResolveEdges();
        foreach (var edges in _edges.Values) edges.Freeze();
    }

    public InventorySchema Schema { get; }

    /// <summary>How many identifiers the resources name (an upper bound: some may repeat), to size the index exactly.</summary>
    private static int IdentifierCount(IEnumerable<Resource> resources)
    {
        var count = 0;
        foreach (var r in resources)
            count += 1 + (r.Arn is null ? 0 : 1) + (r.Id is null ? 0 : 1) + r.Aliases.Count;
        return count;
    }

    public IReadOnlyList<Resource> Resources => _resources;

    /// <summary>Keys that appeared more than once in the input; the first occurrence was kept.</summary>
    public IReadOnlyList<string> DuplicateKeys => _duplicates;

    public IReadOnlyList<Resource> OfKind(string kind) =>
        _byKind.TryGetValue(kind, out var list) ? list : [];

    /// <summary>
    /// Finds a resource by any identifier: key, ARN, id or alias. An ARN that is not itself known also matches
    /// the resource whose id is the ARN's last path segment (an ARN-vs-id mismatch between sources).
    /// </summary>
    public Resource? Find(string identifier)
    {
        if (_byIdentifier.TryGetValue(identifier, out var r)) return r;
        if (identifier.StartsWith("arn:", StringComparison.Ordinal))
        {
            var slash = identifier.LastIndexOf('/');
            if (slash > 0 && slash < identifier.Length - 1 && _byIdentifier.TryGetValue(identifier[(slash + 1)..], out r))
                return r;
        }
        return null;
    }

    /// <summary>The schema gives <paramref name="kind"/> a relation (forward or inverse) named <paramref name="relation"/>.</summary>
    public bool HasRelation(string kind, string relation) => _relations.Contains((kind, relation));

    /// <summary>The targets of a relation (forward or inverse). A target with no resource is an unknown edge.</summary>
    public IReadOnlyList<EdgeTarget> Follow(Resource from, string relation) =>
        _edges.TryGetValue(from, out var edges) ? edges.Get(relation) ?? NoEdges : NoEdges;

    private void ResolveEdges()
    {
        var inverses = new Dictionary<(string Kind, string Relation), List<(string TargetKind, string Name)>>();
        foreach (var kind in Schema.Kinds)
        foreach (var rel in kind.Relations)
        {
            _relations.Add((kind.Kind, rel.Name));
            if (rel.InverseOf is not { } inv) continue;
            if (!inverses.TryGetValue(inv, out var list)) inverses[inv] = list = [];
            list.Add((kind.Kind, rel.Name));
        }

        foreach (var r in _resources)
        foreach (var reference in r.References)
        {
            if (reference.Target is null)
            {
                Add(r, reference.Relation, EdgeTarget.Unknown);
                continue;
            }
            var target = Find(reference.Target);
            if (target is null || ReferenceEquals(target, r)) continue; // outside the inventory: the raw id stays in the properties
            if (HasEdge(r, reference.Relation, target)) continue;
            Add(r, reference.Relation, new EdgeTarget(target));
            if (inverses.TryGetValue((r.Kind, reference.Relation), out var inv))
                foreach (var (targetKind, name) in inv)
                    if (targetKind == target.Kind) Add(target, name, new EdgeTarget(r));
        }
    }

    private bool HasEdge(Resource from, string relation, Resource target)
    {
        foreach (var e in Follow(from, relation))
            if (ReferenceEquals(e.Resource, target)) return true;
        return false;
    }

    private void Add(Resource from, string relation, EdgeTarget target)
    {
        if (!_edges.TryGetValue(from, out var edges)) _edges[from] = edges = new OutgoingEdges();
        edges.Add(relation, target);
    }

    /// <summary>
    /// One resource's edges by relation, in the order first added. A resource has a handful of relations, and a graph
    /// holds one of these per resource: two small arrays searched in order cost a fraction of a dictionary of lists.
    /// Built with lists; <see cref="Freeze"/> turns each into an exact-size array once the graph is complete.
    /// </summary>
    private sealed class OutgoingEdges
    {
        private static readonly List<EdgeTarget>?[] Frozen = [];

        private string[] _relations = new string[2];
        private List<EdgeTarget>?[] _building = new List<EdgeTarget>?[2];
        private EdgeTarget[][] _targets = [];
        private int _count;

        public IReadOnlyList<EdgeTarget>? Get(string relation)
        {
            for (var i = 0; i < _count; i++)
                if (string.Equals(_relations[i], relation, StringComparison.Ordinal))
                    return ReferenceEquals(_building, Frozen) ? _targets[i] : _building[i];
            return null;
        }

        public void Add(string relation, EdgeTarget target)
        {
            if (ReferenceEquals(_building, Frozen)) throw new InvalidOperationException("the graph's edges are complete");
            for (var i = 0; i < _count; i++)
            {
                if (!string.Equals(_relations[i], relation, StringComparison.Ordinal)) continue;
                _building[i]!.Add(target);
                return;
            }
            if (_count == _relations.Length)
            {
                Array.Resize(ref _relations, _count * 2);
                Array.Resize(ref _building, _count * 2);
            }
            _relations[_count] = relation;
            _building[_count++] = [target];
        }

        public void Freeze()
        {
            if (_count < _relations.Length) Array.Resize(ref _relations, _count);
            _targets = new EdgeTarget[_count][];
            for (var i = 0; i < _count; i++) _targets[i] = _building[i]!.ToArray();
            _building = Frozen;
        }
    }
}

/// <summary>One end of an edge: a resource, or unknown (<see cref="Resource"/> null).</summary>
public readonly record struct EdgeTarget(Resource? Resource)
{
    public static EdgeTarget Unknown => new(null);
    public bool IsUnknown => Resource is null;
}
