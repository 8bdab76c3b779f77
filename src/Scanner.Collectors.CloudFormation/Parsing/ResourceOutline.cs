using Scanner.Collectors.CloudFormation.Resolution;

namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// What the scan needs of a resource whose type it does not read (an instance, a bucket, a role…): its logical id,
/// <c>Type</c> and <c>Condition</c>, for references and conditions. The readers replace such a definition by this
/// outline as soon as it is parsed, so the template's unread parts never stay in memory. The outline keeps what
/// <see cref="TemplateModel"/> checks (a <c>Properties</c> mapping is left out; anything else there is kept and refused).
/// Definitions holding an <c>Fn::ForEach</c> loop are kept whole: the loop expander reports on every loop. An
/// anchored definition, or one inside an anchored <c>Resources</c> mapping, is kept whole too, since an alias may
/// name it again (the readers outline only where no alias can reach: nodes inside an outlined definition that
/// carry an anchor of their own stay with the anchor).
/// </summary>
internal static class ResourceOutline
{
    public static MappingNode Of(MappingNode definition, Func<string, bool> readsType)
    {
        if (definition.Get("Type") is not ScalarNode { Kind: ScalarKind.String } type || type.Text.Length == 0 || readsType(type.Text))
            return definition;
        if (ForEachExpander.HasLoops(definition)) return definition;
        var kept = 0;
        foreach (var (key, value) in definition.Entries)
            if (key.Text is "Type" or "Condition" || key.Text == "Properties" && value is not MappingNode) kept++;
        var outline = new MappingNode(definition.Line, definition.Column, kept);
        foreach (var (key, value) in definition.Entries)
        {
            switch (key.Text)
            {
                case "Type" or "Condition":
                    outline.TryAdd(key, value);
                    break;
                case "Properties" when value is not MappingNode:
                    // Kept so that TemplateModel refuses it as before (a mapping is what it accepts, and is not needed).
                    outline.TryAdd(key, value);
                    break;
            }
        }
        return outline;
    }

    /// <summary>
    /// The outline of a definition the scan reads, with the definition packed (<see cref="NodePacker"/>), so that its
    /// nodes can be let go now and unpacked when it is mapped; null when the definition is kept as nodes (no Type, a type
    /// not read, an Fn::ForEach loop, which is expanded on the tree, or Properties that are not a mapping, which
    /// <see cref="TemplateModel"/> refuses with their position).
    /// </summary>
    public static PackedDefinition? Packed(MappingNode definition, ParseLimits limits)
    {
        if (limits is not { Packer: { } packer, ReadsType: { } readsType }) return null;
        if (definition.Get("Type") is not ScalarNode { Kind: ScalarKind.String } type || type.Text.Length == 0 || !readsType(type.Text))
            return null;
        var properties = definition.Get("Properties");
        if (properties is not (null or MappingNode) || ForEachExpander.HasLoops(definition)) return null;
        List<TemplateKey>? undefined = null;
        if (properties is MappingNode map)
            foreach (var (key, _) in map.Entries)
                if (limits.DefinesProperty?.Invoke(type.Text, key.Text) != true) (undefined ??= []).Add(key);
        var outline = new PackedDefinition(definition.Line, definition.Column, packer.Pack(definition), definition.Size, undefined?.ToArray() ?? []);
        foreach (var (key, value) in definition.Entries)
            if (key.Text is "Type" or "Condition") outline.TryAdd(key, value);
        return outline;
    }
}
