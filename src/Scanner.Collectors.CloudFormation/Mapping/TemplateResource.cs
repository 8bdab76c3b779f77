using Scanner.Collectors.CloudFormation.Parsing;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>One entry of the template's <c>Resources</c> section, shape-checked by <see cref="TemplateModel"/>.</summary>
internal sealed class TemplateResource
{
    public TemplateResource(TemplateKey key, MappingNode definition)
    {
        KeyNode = key;
        Definition = definition;
        Type = ((ScalarNode)definition.Get("Type")!).Text;
        Properties = definition.Get("Properties") as MappingNode;
        Metadata = definition.Get("Metadata") as MappingNode;
        Condition = (definition.Get("Condition") as ScalarNode)?.Text;
    }

    public string LogicalId => KeyNode.Text;
    public TemplateKey KeyNode { get; }
    public MappingNode Definition { get; }
    public string Type { get; }
    public MappingNode? Properties { get; }
    public MappingNode? Metadata { get; }

    /// <summary>The resource-level <c>Condition</c>: when it is false, CloudFormation does not create the resource.</summary>
    public string? Condition { get; }

    public TemplateNode? Property(string name) => Properties?.Get(name);

    public TemplateKey? PropertyKey(string name) => Properties?.KeyNode(name);
}
