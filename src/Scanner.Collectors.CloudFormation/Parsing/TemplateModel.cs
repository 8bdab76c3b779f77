using Scanner.Core.Collection;

namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// The sections of a template, checked for shape: the root is a mapping with a <c>Resources</c> mapping whose
/// entries each have a string <c>Type</c>. Input that is clearly something else (a Terraform plan, an empty file)
/// is refused with a message that says what it is.
/// </summary>
internal sealed class TemplateModel
{
    private TemplateModel(MappingNode root, MappingNode resources)
    {
        Root = root;
        Resources = resources;
        Parameters = root.Get("Parameters") as MappingNode;
        Mappings = root.Get("Mappings") as MappingNode;
        Conditions = root.Get("Conditions") as MappingNode;
    }

    public MappingNode Root { get; }
    public MappingNode Resources { get; }
    public MappingNode? Parameters { get; }
    public MappingNode? Mappings { get; }
    public MappingNode? Conditions { get; }

    /// <summary>The transforms the <c>Transform</c> section names (macros such as AWS::Serverless), in order.</summary>
    public IReadOnlyList<string> Transforms => Root.Get("Transform") switch
    {
        ScalarNode { Kind: ScalarKind.String } s => [s.Text],
        SequenceNode seq => seq.Items.OfType<ScalarNode>().Select(s => s.Text).ToList(),
        MappingNode map when map.Get("Name") is ScalarNode name => [name.Text],
        _ => [],
    };

    /// <summary>
    /// The template with the sections that may hold <c>Fn::ForEach</c> (Resources, Conditions and Outputs) replaced
    /// by <paramref name="expand"/>'s result, shape-checked again; this model itself when it holds no loop.
    /// </summary>
    public TemplateModel WithSectionsExpanded(Func<TemplateNode, TemplateNode> expand, string file)
    {
        var root = new MappingNode(Root.Line, Root.Column);
        var changed = false;
        foreach (var (key, value) in Root.Entries)
        {
            var replaced = key.Text is "Resources" or "Conditions" or "Outputs" ? expand(value) : value;
            changed |= !ReferenceEquals(replaced, value);
            root.TryAdd(key, replaced);
        }
        return changed ? From(root, file) : this;
    }

    public static TemplateModel From(TemplateNode? root, string file)
    {
        switch (root)
        {
            case null or ScalarNode { Kind: ScalarKind.Null }:
                throw new InputException(file, "file is empty (no template)");
            case ScalarNode s:
                throw new InputException(file, "not a CloudFormation template: the document is a single scalar, not a mapping", s.Line, s.Column);
            case SequenceNode seq:
                throw new InputException(file, "not a CloudFormation template: the document is a list, not a mapping", seq.Line, seq.Column);
        }
        var map = (MappingNode)root;
        if (map.Get("format_version") is not null && (map.Get("terraform_version") is not null || map.Get("planned_values") is not null || map.Get("resource_changes") is not null))
            throw new InputException(file, "this is a Terraform plan (terraform show -json), not a CloudFormation template; scan it as a Terraform plan");
        if (map.Get("Resources") is not { } resources)
            throw new InputException(file, "not a CloudFormation template: no 'Resources' section");
        if (resources is not MappingNode resourceMap)
            throw new InputException(file, "'Resources' must be a mapping of logical ids to resource definitions", resources.Line, resources.Column);
        foreach (var section in (string[])["Parameters", "Mappings", "Conditions"])
            if (map.Get(section) is { } node and not MappingNode and not ScalarNode { Kind: ScalarKind.Null })
                throw new InputException(file, $"'{section}' must be a mapping", node.Line, node.Column);
        foreach (var (key, value) in resourceMap.Entries)
        {
            // Fn::ForEach loops are checked and expanded later (ForEachExpander), then the result is checked here again.
            if (key.Text.StartsWith("Fn::ForEach::", StringComparison.Ordinal)) continue;
            if (value is not MappingNode definition)
                throw new InputException(file, $"resource '{YamlTemplateReader.Shorten(key.Text)}' must be a mapping with a Type", key.Line, key.Column);
            if (definition.Get("Type") is not ScalarNode { Kind: ScalarKind.String } type || type.Text.Length == 0)
                throw new InputException(file, $"resource '{YamlTemplateReader.Shorten(key.Text)}' has no Type string", key.Line, key.Column);
            if (definition.Get("Properties") is { } props and not MappingNode and not ScalarNode { Kind: ScalarKind.Null })
                throw new InputException(file, $"resource '{YamlTemplateReader.Shorten(key.Text)}': Properties must be a mapping", props.Line, props.Column);
        }
        return new TemplateModel(map, resourceMap);
    }
}
