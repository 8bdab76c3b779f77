namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// A resource definition the reader checked whole and then packed (<see cref="NodePacker"/>), keeping as nodes only its
/// outline (<c>Type</c>, <c>Condition</c>). The collector unpacks the body when it maps the resource
/// (<see cref="DefinitionBodies"/>), so the template's tree is never held whole: one resource's nodes at a time, beside
/// the packed bodies still to map and the inventory built so far.
/// </summary>
internal sealed class PackedDefinition : MappingNode
{
    public PackedDefinition(int line, int column, byte[] packed, long bodySize, TemplateKey[] undefinedPropertyKeys) : base(line, column, 2)
    {
        Packed = packed;
        BodySize = bodySize;
        UndefinedPropertyKeys = undefinedPropertyKeys;
    }

    /// <summary>The whole definition, packed.</summary>
    public byte[] Packed { get; }

    /// <summary>The node count of the definition as read; unpacking must give the same.</summary>
    public long BodySize { get; }

    /// <summary>The keys of its <c>Properties</c> that the type's schema does not define (<see cref="ParseLimits.DefinesProperty"/>).</summary>
    public IReadOnlyList<TemplateKey> UndefinedPropertyKeys { get; }
}
