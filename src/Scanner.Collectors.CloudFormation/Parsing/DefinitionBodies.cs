namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>Unpacks deferred definitions (<see cref="DeferredDefinition"/>) with the packer that packed them.</summary>
internal sealed class DefinitionBodies(NodePacker packer)
{
    public MappingNode Open(DeferredDefinition definition)
    {
        var body = packer.Unpack(definition.Packed);
        if (body.Size != definition.BodySize)
            throw new InvalidOperationException($"the definition at line {definition.Line} unpacked to {body.Size} nodes, not the {definition.BodySize} read");
        return body;
    }
}
