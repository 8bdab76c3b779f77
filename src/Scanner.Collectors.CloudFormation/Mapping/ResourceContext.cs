using Scanner.Collectors.CloudFormation.Parsing;
using Scanner.Collectors.CloudFormation.Resolution;
using Scanner.Core.Inventory;
using Scanner.Core.Normalisation;
using Scanner.Core.Schema;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// Everything a kind mapper needs for one resource: typed reads of template properties (which also record the
/// property's location and warn once about unknown or ill-shaped values), the property map being built, and the
/// references (edges) it declares. Properties and relations are named by their schema declarations only.
/// </summary>
internal sealed class ResourceContext
{
    private readonly DiagnosticSink _diagnostics;
    private readonly IReadOnlyDictionary<string, string> _kindsByCfnType;
    private readonly HashSet<(string, string)> _referenceSet = [];
    private readonly TemplateKeys _keys;
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);

    public ResourceContext(TemplateResource source, string kind, TemplateKeys keys, IntrinsicResolver resolver, DiagnosticSink diagnostics, IReadOnlyDictionary<string, string> kindsByCfnType)
    {
        Source = source;
        Kind = kind;
        _keys = keys;
        File = keys.File;
        Resolver = resolver;
        _diagnostics = diagnostics;
        _kindsByCfnType = kindsByCfnType;
    }

    public TemplateResource Source { get; }
    public string Kind { get; }
    public string File { get; }
    public IntrinsicResolver Resolver { get; }
    public PropertyMapBuilder Properties { get; } = new();
    public List<ResourceReference> References { get; } = [];
    public IReadOnlyDictionary<string, SourceLocation> Locations => _locations;

    /// <summary>The resource name for display, when a mapper found a known one.</summary>
    public string? Name { get; set; }

    public string KeyOf(string logicalId) => _keys.Of(logicalId);

    /// <summary>Resolves a property; null when it is absent or resolves to AWS::NoValue.</summary>
    public ResolvedProperty? Read(string cfnName, PropertySchema property)
    {
        if (Source.Property(cfnName) is not { } node) return null;
        RecordLocation(cfnName, property);
        var trace = new ResolutionTrace();
        var value = Resolver.Resolve(node, trace);
        if (value is null) return null;
        if (trace.UnknownCause is not null && ValueFacts.ContainsUnknown(value))
            Warn(property, DiagnosticSink.UnresolvedValue, "value is unknown: " + trace.UnknownCause);
        return new ResolvedProperty(cfnName, property, node, value, trace);
    }

    public Value? Text(ResolvedProperty? p) => p is null ? null : ValueCoercion.Text(p.Value, m => Invalid(p, m));
    public Value? Boolean(ResolvedProperty? p) => p is null ? null : ValueCoercion.Boolean(p.Value, m => Invalid(p, m));
    public Value? Number(ResolvedProperty? p) => p is null ? null : ValueCoercion.Number(p.Value, m => Invalid(p, m), Resolver.Values);
    public Value? StringList(ResolvedProperty? p) => p is null ? null : ValueCoercion.StringList(p.Value, m => Invalid(p, m));

    /// <summary>
    /// Reads the name property (<c>Name</c>) into the resource's name; the property map holds it only while it is
    /// unknown (<see cref="IdentityProperties"/>).
    /// </summary>
    public void SetName(string cfnName)
    {
        var v = Text(Read(cfnName, CommonProperties.Name));
        Properties.Set(CommonProperties.Name, IdentityProperties.MapMember(v));
        Name = IdentityProperties.Field(v);
    }

    /// <summary>Reads a string property into the map under its normalised name; returns the value.</summary>
    public Value? SetText(string cfnName, PropertySchema property)
    {
        var v = Text(Read(cfnName, property));
        Properties.Set(property, v);
        return v;
    }

    public Value? SetBoolean(string cfnName, PropertySchema property, bool? absentDefault = null)
    {
        var v = Boolean(Read(cfnName, property)) ?? (absentDefault is { } d ? Value.From(d) : null);
        Properties.Set(property, v);
        return v;
    }

    public Value? SetNumber(string cfnName, PropertySchema property)
    {
        var v = Number(Read(cfnName, property));
        Properties.Set(property, v);
        return v;
    }

    public Value? SetStringList(string cfnName, PropertySchema property)
    {
        var v = StringList(Read(cfnName, property));
        Properties.Set(property, v);
        return v;
    }

    /// <summary>Reads a string-list property, stores it and relates the resources (or literal ids) it names.</summary>
    public Value? SetRelatedList(string cfnName, PropertySchema property, RelationSchema relation)
    {
        var p = Read(cfnName, property);
        var v = StringList(p);
        Properties.Set(property, v);
        if (p is not null) Relate(relation, p.Trace, v);
        return v;
    }

    /// <summary>Reads a string property, stores it and relates the resource (or literal id/ARN) it names.</summary>
    public Value? SetRelatedText(string cfnName, PropertySchema property, RelationSchema relation)
    {
        var p = Read(cfnName, property);
        var v = Text(p);
        Properties.Set(property, v);
        if (p is not null) Relate(relation, p.Trace, v);
        return v;
    }

    /// <summary>
    /// Adds edges for a relation: every template resource the expression referenced whose kind the relation
    /// accepts (by the inventory schema), and every literal string in the value (an id or ARN the graph may know).
    /// </summary>
    public void Relate(RelationSchema relation, ResolutionTrace trace, Value? literal)
    {
        var targets = relation.TargetKinds;
        foreach (var logicalId in trace.Resources)
        {
            var type = Resolver.ResourceType(logicalId);
            if (type is null || !_kindsByCfnType.TryGetValue(type, out var targetKind)) continue;
            if (!targets.Contains(targetKind)) continue;
            AddReference(relation, KeyOf(logicalId));
        }
        if (literal is null) return;
        if (literal.IsString && literal.AsString.Length > 0) AddReference(relation, literal.AsString);
        else if (literal.IsList)
            foreach (var item in literal.Items)
                if (item.IsString && item.AsString.Length > 0) AddReference(relation, item.AsString);
    }

    public void AddReference(RelationSchema relation, string target)
    {
        if (_referenceSet.Add((relation.Name, target))) References.Add(relation.To(target));
    }

    /// <summary>Records where the template writes <paramref name="cfnName"/>, the source of <paramref name="property"/>.</summary>
    public void RecordLocation(string cfnName, PropertySchema property)
    {
        if (Source.PropertyKey(cfnName) is not { } key) return;
        var location = new SourceLocation(File, key.Line, key.Column, Source.LogicalId);
        _locations.TryAdd(property.Name, location);
        _locations.TryAdd(cfnName, location);
    }

    public void RecordLocation(PropertySchema property, SourceLocation location) => _locations.TryAdd(property.Name, location);

    public void Warn(PropertySchema property, string code, string message) => Warn(property.Name, code, message);

    private void Warn(string name, string code, string message)
    {
        var at = _locations.GetValueOrDefault(name);
        _diagnostics.Warn(code, Source.LogicalId, name, message, at?.Line ?? Source.KeyNode.Line, at?.Column ?? Source.KeyNode.Column, Kind);
    }

    public void Invalid(ResolvedProperty p, string message) => Warn(p.Property, DiagnosticSink.InvalidValue, message);
}
