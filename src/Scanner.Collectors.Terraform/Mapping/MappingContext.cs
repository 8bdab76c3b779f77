using System.Text.Json;
using Scanner.Collectors.Terraform.Configuration;
using Scanner.Collectors.Terraform.Plan;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Core.Schema;

namespace Scanner.Collectors.Terraform.Mapping;

/// <summary>
/// What every mapper shares: resource keys, reference resolution, diagnostics. Relations are written here once:
/// a known id or ARN becomes a literal target (the graph resolves ids and ARNs); a value known only after apply
/// is explained through configuration references to resources in the same plan, or else becomes an
/// unresolvable edge plus an <c>UnresolvedReference</c> warning.
/// </summary>
internal sealed class MappingContext
{
    private readonly ReferenceResolver _resolver;

    public MappingContext(string displayPath, ReferenceResolver resolver)
    {
        DisplayPath = displayPath;
        _resolver = resolver;
    }

    public string DisplayPath { get; }

    public List<ScanDiagnostic> Diagnostics { get; } = [];

    public string KeyOf(PlannedResource r) => DisplayPath + "#" + r.Address;

    /// <summary>
    /// True when the attribute is unknown only because the configuration does not set it (a computed default,
    /// such as inline security-group rules left to separate rule resources).
    /// </summary>
    public bool IsUnsetComputed(PlannedResource r, string attribute) =>
        r.After.Get(attribute) is { IsUnknown: true } &&
        _resolver.ConfigOf(r) is { } config &&
        config.TryGetProperty("expressions", out var expressions) && expressions.ValueKind == JsonValueKind.Object &&
        !expressions.TryGetProperty(attribute, out _);

    /// <summary>The planned resources of the given types an attribute's expression points at.</summary>
    public (IReadOnlyList<PlannedResource> Targets, bool Complete) Targets(PlannedResource r, string attribute, IReadOnlyCollection<string> types)
    {
        var resolution = _resolver.Resolve(r, attribute);
        var targets = resolution.Targets.Where(t => types.Contains(t.Type)).ToList();
        return (targets, resolution.Complete && targets.Count == resolution.Targets.Count);
    }

    /// <summary>Adds the references of <paramref name="relation"/> from an attribute of <paramref name="source"/> to <paramref name="draft"/>.</summary>
    public void Relate(ResourceDraft draft, RelationSchema relation, PlannedResource source, string attribute, params string[] types)
    {
        var value = source.After.Get(attribute);
        if (value is null || value.IsNull) return;
        foreach (var literal in Attributes.KnownStrings(value)) draft.AddReference(relation, literal);
        var unknown = Attributes.UnknownCount(value);
        if (unknown == 0) return;
        var (targets, complete) = Targets(source, attribute, types);
        foreach (var t in targets) draft.AddReference(relation, KeyOf(t));
        var explained = value.IsUnknown ? targets.Count > 0 && complete : targets.Count >= unknown;
        if (explained) return;
        draft.AddReference(relation, null);
        Warn("UnresolvedReference",
            $"{source.Address}: {attribute} is known only after apply and no reference in the configuration to a resource in this plan explains it{(targets.Count > 0 ? " fully" : "")}; the {relation.Name} relation is unknown");
    }

    public void Warn(string code, string message) =>
        Diagnostics.Add(new ScanDiagnostic { Level = DiagnosticLevel.Warning, Code = code, Message = message, File = DisplayPath });

    public void Note(string code, string message) =>
        Diagnostics.Add(new ScanDiagnostic { Level = DiagnosticLevel.Note, Code = code, Message = message, File = DisplayPath });
}
