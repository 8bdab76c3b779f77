using Scanner.Collectors.Terraform.Plan;
using Scanner.Core.Inventory;
using Scanner.Core.Schema;

namespace Scanner.Collectors.Terraform.Mapping;

/// <summary>
/// A resource being assembled: properties in insertion order, list properties other resources append to
/// (security-group rules, RAM principals and resources), and references. Properties and relations are named by their
/// schema declarations only.
/// </summary>
internal sealed class ResourceDraft
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, Value> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Value>> _collections = new(StringComparer.Ordinal);

    public ResourceDraft(PlannedResource source, string kind, string key)
    {
        Source = source;
        Kind = kind;
        Key = key;
    }

    public PlannedResource Source { get; }
    public string Kind { get; }
    public string Key { get; }
    public Value After => Source.After;

    public List<ResourceReference> References { get; } = [];

    /// <summary>
    /// Elements another resource contributed (<c>principals[1]</c> from an <c>aws_ram_principal_association</c>):
    /// a finding about that element points at the contributing resource's block.
    /// </summary>
    public Dictionary<string, PlannedResource> ElementSources { get; } = new(StringComparer.Ordinal);

    /// <summary>Appends an item contributed by another resource and remembers which one (see <see cref="ElementSources"/>).</summary>
    public void Append(PropertySchema property, Value item, PlannedResource contributor)
    {
        Append(property, item);
        ElementSources.TryAdd($"{property.Name}[{Collection(property).IndexOf(item)}]", contributor);
    }

    /// <summary>Sets a property; a null (C#) value leaves it absent.</summary>
    public void Set(PropertySchema property, Value? value)
    {
        if (value is null) return;
        var name = property.Name;
        if (!_values.ContainsKey(name) && !_collections.ContainsKey(name)) _order.Add(name);
        _values[name] = value;
    }

    /// <summary>A list property others append to; duplicates (the same rule written twice) are kept once.</summary>
    public void Append(PropertySchema property, Value item)
    {
        var list = Collection(property);
        if (!list.Contains(item)) list.Add(item);
    }

    public List<Value> Collection(PropertySchema property)
    {
        var name = property.Name;
        if (_collections.TryGetValue(name, out var list)) return list;
        if (!_values.ContainsKey(name)) _order.Add(name);
        return _collections[name] = [];
    }

    /// <summary>Adds an edge; a null target is an edge known to exist but not where it points.</summary>
    public void AddReference(RelationSchema relation, string? target)
    {
        var reference = relation.To(target);
        if (!References.Contains(reference)) References.Add(reference);
    }

    public Value BuildProperties() => Value.Map(_order.Select(name =>
        new KeyValuePair<string, Value>(name, _collections.TryGetValue(name, out var list) ? Value.List(list) : _values[name])));
}
