using Scanner.Collectors.CloudFormation.Parsing;
using Scanner.Collectors.CloudFormation.Resolution;
using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;
using Scanner.Core.Schema;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// Everything a kind mapper needs for one resource: typed reads of template properties (which also record the
/// property's location and warn once about unknown or ill-shaped values), the property map being built, and the
/// references (edges) it declares.
/// </summary>
internal sealed class ResourceContext
{
    private readonly DiagnosticSink _diagnostics;
    private readonly IReadOnlyDictionary<string, string> _kindsByCfnType;
    private readonly HashSet<(string, string)> _referenceSet = [];
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);

    public ResourceContext(TemplateResource source, string kind, string file, IntrinsicResolver resolver, DiagnosticSink diagnostics, IReadOnlyDictionary<string, string> kindsByCfnType)
    {
        Source = source;
        Kind = kind;
        File = file;
        Resolver = resolver;
        _diagnostics = diagnostics;
        _kindsByCfnType = kindsByCfnType;
    }

    public TemplateResource Source { get; }
    public string Kind { get; }
    public string File { get; }
    public IntrinsicResolver Resolver { get; }
    public MapBuilder Properties { get; } = new();
    public List<ResourceReference> References { get; } = [];
    public IReadOnlyDictionary<string, SourceLocation> Locations => _locations;

    /// <summary>The resource name for display, when a mapper found a known one.</summary>
    public string? Name { get; set; }

    public string KeyOf(string logicalId) => $"{File}#{logicalId}";

    /// <summary>Resolves a property; null when it is absent or resolves to AWS::NoValue.</summary>
    public ResolvedProperty? Read(string cfnName, string name)
    {
        if (Source.Property(cfnName) is not { } node) return null;
        RecordLocation(cfnName, name);
        var trace = new ResolutionTrace();
        var value = Resolver.Resolve(node, trace);
        if (value is null) return null;
        if (trace.UnknownCause is not null && ValueFacts.ContainsUnknown(value))
            Warn(name, DiagnosticSink.UnresolvedValue, "value is unknown: " + trace.UnknownCause);
        return new ResolvedProperty(cfnName, name, node, value, trace);
    }

    public Value? Text(ResolvedProperty? p) => p is null ? null : ValueCoercion.Text(p.Value, m => Invalid(p, m));
    public Value? Boolean(ResolvedProperty? p) => p is null ? null : ValueCoercion.Boolean(p.Value, m => Invalid(p, m));
    public Value? Number(ResolvedProperty? p) => p is null ? null : ValueCoercion.Number(p.Value, m => Invalid(p, m));
    public Value? StringList(ResolvedProperty? p) => p is null ? null : ValueCoercion.StringList(p.Value, m => Invalid(p, m));

    /// <summary>
    /// Reads the name property (<c>Name</c>) into the resource's name; the property map holds it only while it is
    /// unknown (<see cref="IdentityProperties"/>).
    /// </summary>
    public void SetName(string cfnName)
    {
        var v = Text(Read(cfnName, "name"));
        Properties.Set("name", IdentityProperties.MapMember(v));
        Name = IdentityProperties.Field(v);
    }

    /// <summary>Reads a string property into the map under its normalised name; returns the value.</summary>
    public Value? SetText(string cfnName, string name)
    {
        var v = Text(Read(cfnName, name));
        Properties.Set(name, v);
        return v;
    }

    public Value? SetBoolean(string cfnName, string name, bool? absentDefault = null)
    {
        var v = Boolean(Read(cfnName, name)) ?? (absentDefault is { } d ? Value.From(d) : null);
        Properties.Set(name, v);
        return v;
    }

    public Value? SetNumber(string cfnName, string name)
    {
        var v = Number(Read(cfnName, name));
        Properties.Set(name, v);
        return v;
    }

    public Value? SetStringList(string cfnName, string name)
    {
        var v = StringList(Read(cfnName, name));
        Properties.Set(name, v);
        return v;
    }

    /// <summary>Reads a string-list property, stores it and relates the resources (or literal ids) it names.</summary>
    public Value? SetRelatedList(string cfnName, string name, string relation)
    {
        var p = Read(cfnName, name);
        var v = StringList(p);
        Properties.Set(name, v);
        if (p is not null) Relate(relation, p.Trace, v);
        return v;
    }

    /// <summary>Reads a string property, stores it and relates the resource (or literal id/ARN) it names.</summary>
    public Value? SetRelatedText(string cfnName, string name, string relation)
    {
        var p = Read(cfnName, name);
        var v = Text(p);
        Properties.Set(name, v);
        if (p is not null) Relate(relation, p.Trace, v);
        return v;
    }

    /// <summary>
    /// Adds edges for a relation: every template resource the expression referenced whose kind the relation
    /// accepts (by the inventory schema), and every literal string in the value (an id or ARN the graph may know).
    /// </summary>
    public void Relate(string relation, ResolutionTrace trace, Value? literal)
    {
        var targets = InventorySchema.Default.Kind(Kind)?.Relation(relation)?.TargetKinds;
        foreach (var logicalId in trace.Resources)
        {
            var type = Resolver.ResourceType(logicalId);
            if (type is null || !_kindsByCfnType.TryGetValue(type, out var targetKind)) continue;
            if (targets is not null && !targets.Contains(targetKind)) continue;
            AddReference(relation, KeyOf(logicalId));
        }
        if (literal is null) return;
        if (literal.IsString && literal.AsString.Length > 0) AddReference(relation, literal.AsString);
        else if (literal.IsList)
            foreach (var item in literal.Items)
                if (item.IsString && item.AsString.Length > 0) AddReference(relation, item.AsString);
    }

    public void AddReference(string relation, string target)
    {
        if (_referenceSet.Add((relation, target))) References.Add(new ResourceReference(relation, target));
    }

    public void RecordLocation(string cfnName, string name)
    {
        if (Source.PropertyKey(cfnName) is not { } key) return;
        var location = new SourceLocation(File, key.Line, key.Column, Source.LogicalId);
        _locations.TryAdd(name, location);
        _locations.TryAdd(cfnName, location);
    }

    public void RecordLocation(string name, SourceLocation location) => _locations.TryAdd(name, location);

    public void Warn(string name, string code, string message)
    {
        var at = _locations.GetValueOrDefault(name);
        _diagnostics.Warn(code, Source.LogicalId, name, message, at?.Line ?? Source.KeyNode.Line, at?.Column ?? Source.KeyNode.Column, Kind);
    }

    public void Invalid(ResolvedProperty p, string message) => Warn(p.Name, DiagnosticSink.InvalidValue, message);
}
