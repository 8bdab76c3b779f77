using Scanner.Core.Findings;
using Scanner.Core.Inventory;

namespace Scanner.Core.Collection;

/// <summary>What one collector produced: resources and the problems it met (never swallowed).</summary>
public sealed record CollectionResult(IReadOnlyList<Resource> Resources, IReadOnlyList<ScanDiagnostic> Diagnostics)
{
    public static CollectionResult Empty { get; } = new([], []);

    public static CollectionResult Merge(IEnumerable<CollectionResult> parts)
    {
        var list = parts.ToList();
        return new(list.SelectMany(p => p.Resources).ToList(), list.SelectMany(p => p.Diagnostics).ToList());
    }
}
