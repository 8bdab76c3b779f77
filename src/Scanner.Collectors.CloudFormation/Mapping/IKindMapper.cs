namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>Maps one CloudFormation resource type to one inventory kind (property names from the inventory schema).</summary>
internal interface IKindMapper
{
    string CfnType { get; }
    string Kind { get; }
    void Map(ResourceContext context);
}
