using Scanner.Core.Inventory;

namespace Scanner.Rules.Evaluation;

/// <summary>
/// The concrete path to a selected item (<c>securityGroups[sg-0a1].ingress[2].cidrIpv4</c>), kept as a chain of
/// steps and rendered only when evidence or a message needs the text: most items selected during evaluation are
/// never reported, so building their path strings eagerly would dominate the engine's allocations.
/// </summary>
public sealed class ItemPath
{
    private readonly ItemPath? _parent;
    private readonly string? _name;
    private readonly int _index;
    private readonly Resource? _target;
    private readonly bool _related;
    private string? _text;

    private ItemPath(ItemPath? parent, string? name, int index, Resource? target, bool related)
    {
        _parent = parent;
        _name = name;
        _index = index;
        _target = target;
        _related = related;
    }

    /// <summary>The rule's subject (or a quantifier's element when it is a resource): rendered as nothing.</summary>
    public static ItemPath Root { get; } = new(null, null, -1, null, false) { _text = "" };

    public bool IsRoot => _parent is null;

    /// <summary>
    /// The last step is a list element or a related resource: the thing exists even when its value is unknown
    /// (a list of known length whose ids are known only after apply, an edge to a resource not yet created).
    /// </summary>
    public bool IsElement => _parent is not null && (_name is null || _related);

    /// <summary>A property or object member of this item.</summary>
    public ItemPath Member(string name) => new(this, name, -1, null, false);

    /// <summary>An element of this list.</summary>
    public ItemPath Index(int index) => new(this, null, index, null, false);

    /// <summary>A resource reached through a relation; a null target is an unknown edge (<c>[?]</c>).</summary>
    public ItemPath Related(string relation, Resource? target) => new(this, relation, -1, target, true);

    public override string ToString() => _text ??= Render();

    private string Render()
    {
        var parent = _parent!.ToString();
        if (_name is null) return $"{parent}[{_index}]";
        var prefix = parent.Length == 0 ? "" : parent + ".";
        return _related ? $"{prefix}{_name}[{_target?.DisplayName ?? "?"}]" : prefix + _name;
    }
}
