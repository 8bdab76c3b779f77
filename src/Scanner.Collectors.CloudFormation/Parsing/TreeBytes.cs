using Scanner.Core.Collection;

namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// What the parsed tree holds, for the input's <see cref="InputMemoryBudget"/>: the readers hold each node as they
/// make it; when a resource definition is packed or outlined (<see cref="ResourceOutline"/>), what its nodes held is
/// let go and what replaces them is held; the collector lets that go in turn when it maps or drops the resource.
/// Estimates (<see cref="ObjectBytes"/>): a node with its entry in its parent, a scalar's text (counted for every
/// scalar: shared texts are counted more than once, which errs on the safe side), a packed body's bytes.
/// </summary>
internal static class TreeBytes
{
    /// <summary>A mapping or list node with its entry in its parent, without its children.</summary>
    public const int Collection = 96;

    /// <summary>A scalar node with its entry in its parent, without its text.</summary>
    public const int Scalar = 64;

    /// <summary>A packed definition's node, entry and outline fields, without its bytes and its outline's children.</summary>
    public const int Packed = 200;

    /// <summary>The node alone, as a reader holds it when it is made (its children were held as they were made).</summary>
    public static long Of(TemplateNode node) => node switch
    {
        ScalarNode s => Scalar + ObjectBytes.Text(s.Text.Length),
        PackedDefinition p => Packed + p.Packed.Length,
        _ => Collection,
    };

    /// <summary>The node with everything under it (for the small nodes that replace a definition, and for letting go).</summary>
    public static long Deep(TemplateNode node)
    {
        var bytes = Of(node);
        switch (node)
        {
            case MappingNode map:
                foreach (var (_, child) in map.Entries) bytes += Deep(child);
                break;
            case SequenceNode seq:
                foreach (var child in seq.Items) bytes += Deep(child);
                break;
        }
        return bytes;
    }

    /// <summary>
    /// A definition replaced by <paramref name="kept"/> (packed or outlined) once it was read: lets go of all that was
    /// held since <paramref name="mark"/> (the budget's <see cref="InputMemoryBudget.Held"/> when the definition opened)
    /// and holds what is kept instead.
    /// </summary>
    public static void Replace(InputMemoryBudget budget, long mark, TemplateNode kept)
    {
        budget.Release(budget.Held - mark);
        budget.Hold(Deep(kept));
    }
}
