using Scanner.Collectors.CloudFormation.Parsing;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// One entry of the template's <c>Resources</c> section, shape-checked by <see cref="TemplateModel"/>. A packed
/// definition (<see cref="PackedDefinition"/>) is unpacked when its body is first needed, and held until
/// <see cref="LetGo"/>.
/// </summary>
internal sealed class TemplateResource
{
    private readonly MappingNode _definition;
    private readonly DefinitionBodies? _bodies;
    private MappingNode? _body;
    private MappingNode? _properties;

    public TemplateResource(TemplateKey key, MappingNode definition, DefinitionBodies? bodies = null)
    {
        if (definition is PackedDefinition && bodies is null) throw new ArgumentNullException(nameof(bodies), "a packed definition needs the packer that packed it");
        KeyNode = key;
        _definition = definition;
        _bodies = bodies;
        Type = TypeOf(definition);
        Condition = (definition.Get("Condition") as ScalarNode)?.Text;
        if (definition is not PackedDefinition) Hold(definition);
    }

    /// <summary>The <c>Type</c> of a definition the template model has checked.</summary>
    public static string TypeOf(MappingNode definition) => ((ScalarNode)definition.Get("Type")!).Text;

    public string LogicalId => KeyNode.Text;
    public TemplateKey KeyNode { get; }
    public string Type { get; }

    /// <summary>The whole definition (unpacked if it was packed).</summary>
    public MappingNode Definition
    {
        get
        {
            if (_body is null) Hold(_bodies!.Open((PackedDefinition)_definition));
            return _body!;
        }
    }

    public MappingNode? Properties
    {
        get
        {
            if (_body is null) Hold(_bodies!.Open((PackedDefinition)_definition));
            return _properties;
        }
    }

    public MappingNode? Metadata => Definition.Get("Metadata") as MappingNode;

    /// <summary>
    /// The keys of <c>Properties</c> that may be outside the type's schema, known without unpacking: every key of a
    /// definition kept as nodes, the keys the reader found outside the schema for a packed one.
    /// </summary>
    public IReadOnlyList<TemplateKey> PropertyKeysToCheck => _definition is PackedDefinition packed
        ? packed.UndefinedPropertyKeys
        : Properties?.Entries.Select(e => e.Key).ToArray() ?? [];

    /// <summary>
    /// About the bytes mapping the definition makes and drops: its nodes (unpacked, for a packed one), with their share
    /// of pooled text.
    /// </summary>
    public long NodeBytesUsed => Math.Min(_definition is PackedDefinition packed ? packed.BodySize : _definition.Size, int.MaxValue) * NodeBytes;

    /// <summary>What the definition holds in the input's memory budget (<see cref="TreeBytes"/>), let go when it is mapped or dropped.</summary>
    public long HeldBytes => TreeBytes.Deep(_definition);

    /// <summary>About what one parsed node holds (its object, its entry in the parent, a share of pooled text).</summary>
    private const int NodeBytes = 64;

    /// <summary>The resource-level <c>Condition</c>: when it is false, CloudFormation does not create the resource.</summary>
    public string? Condition { get; }

    public TemplateNode? Property(string name) => Properties?.Get(name);

    public TemplateKey? PropertyKey(string name) => Properties?.KeyNode(name);

    /// <summary>Lets go of an unpacked body (it is unpacked again if needed later).</summary>
    public void LetGo()
    {
        if (_definition is not PackedDefinition) return;
        _body = null;
        _properties = null;
    }

    private void Hold(MappingNode body)
    {
        _body = body;
        _properties = body.Get("Properties") as MappingNode;
    }
}
