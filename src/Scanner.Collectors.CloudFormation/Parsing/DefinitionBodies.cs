namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>Unpacks packed definitions (<see cref="PackedDefinition"/>) with the packer that packed them.</summary>
internal sealed class DefinitionBodies(NodePacker packer)
{
    public MappingNode Open(PackedDefinition definition)
    {
        var body = packer.Unpack(definition.Packed);
        if (body.Size != definition.BodySize)
            throw new InvalidOperationException($"the definition at line {definition.Line} unpacked to {body.Size} nodes, not the {definition.BodySize} read");
        return body;
    }
}
