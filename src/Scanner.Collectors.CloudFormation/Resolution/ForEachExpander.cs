using System.Text;
using Scanner.Collectors.CloudFormation.Parsing;
using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Resolution;

/// <summary>
/// Expands <c>Fn::ForEach::LoopName: [Identifier, Collection, {OutputKey: OutputValue}]</c> (the
/// <c>AWS::LanguageExtensions</c> transform) the way CloudFormation does before deployment: for every item of the
/// collection the fragment is copied with <c>${Identifier}</c> replaced by the item, <c>&amp;{Identifier}</c> by the
/// item without its non-alphanumeric characters, and <c>Ref: Identifier</c> by the item itself. Loops nest (an inner
/// loop sees the outer item) and may stand wherever a mapping key may: in <c>Resources</c>, in <c>Conditions</c> and
/// inside resource properties. The collection is a literal list, or anything the resolver can turn into a list of
/// known strings (a <c>CommaDelimitedList</c> or <c>List&lt;…&gt;</c> parameter, <c>Fn::Split</c>,
/// <c>Fn::FindInMap</c>, …). Copied nodes keep the line and column of the loop's source, so findings point at it.
/// A loop that cannot be expanded is reported through <see cref="Skipped"/> and left out; the rest of the template
/// is still read.
/// </summary>
internal sealed class ForEachExpander
{
    /// <summary>The key prefix that marks a loop.</summary>
    public const string Prefix = "Fn::ForEach::";

    /// <summary>
    /// Most nodes all loops of a template may produce together. CloudFormation's own quotas (1 MB, 500 resources)
    /// stay far below; the bound keeps a hostile template from multiplying a fragment without end.
    /// </summary>
    public const long MaxExpandedNodes = 1_000_000;

    private readonly IntrinsicResolver _resolver;
    private readonly List<(TemplateKey Loop, string Cause)> _skipped = [];
    private long _produced;

    public ForEachExpander(IntrinsicResolver resolver) => _resolver = resolver;

    /// <summary>The loops that were left out, with the reason (the loop key gives name and position).</summary>
    public IReadOnlyList<(TemplateKey Loop, string Cause)> Skipped => _skipped;

    /// <summary>True when the mapping or anything below it holds a loop.</summary>
    public static bool HasLoops(TemplateNode? node) => node switch
    {
        MappingNode map => map.Entries.Any(e => e.Key.Text.StartsWith(Prefix, StringComparison.Ordinal) || HasLoops(e.Value)),
        SequenceNode seq => seq.Items.Any(HasLoops),
        _ => false,
    };

    /// <summary>The node with every loop below it expanded (the node itself when it holds none).</summary>
    public TemplateNode Expand(TemplateNode node) => node switch
    {
        MappingNode map when HasLoops(map) => ExpandMapping(map),
        SequenceNode seq when HasLoops(seq) => CopySequence(seq, Expand),
        _ => node,
    };

    private MappingNode ExpandMapping(MappingNode map)
    {
        var result = new MappingNode(map.Line, map.Column);
        foreach (var (key, value) in map.Entries)
        {
            if (!key.Text.StartsWith(Prefix, StringComparison.Ordinal))
            {
                AddOrSkip(result, key, Expand(value), key);
                continue;
            }
            if (ExpandLoop(key, value) is not { } produced) continue;
            foreach (var (outKey, outValue) in produced) AddOrSkip(result, outKey, outValue, key);
        }
        return result;
    }

    private void AddOrSkip(MappingNode target, TemplateKey key, TemplateNode value, TemplateKey source)
    {
        if (target.TryAdd(key, value)) return;
        _skipped.Add((source, $"it produces the key '{key.Text}' a second time; CloudFormation rejects such a template"));
    }

    /// <summary>The entries one loop produces (nested loops expanded), or null when it cannot be expanded.</summary>
    private List<KeyValuePair<TemplateKey, TemplateNode>>? ExpandLoop(TemplateKey loopKey, TemplateNode definition)
    {
        if (definition is not SequenceNode { Items: [ScalarNode { Kind: ScalarKind.String } identifier, var collectionNode, MappingNode fragment] })
            return Skip(loopKey, "it must be [Identifier, Collection, {OutputKey: OutputValue}]");
        if (identifier.Text.Length == 0)
            return Skip(loopKey, "its identifier is empty");
        var collection = _resolver.Resolve(collectionNode, new ResolutionTrace());
        if (collection is not { IsList: true } || collection.Items.Any(i => ValueFacts.Text(i) is null))
            return Skip(loopKey, CollectionCause(collectionNode));
        var items = collection.Items.Select(i => ValueFacts.Text(i)!).ToList();
        if (_produced + fragment.Size * items.Count > MaxExpandedNodes)
            return Skip(loopKey, $"it would produce more than {MaxExpandedNodes} template nodes");
        _produced += fragment.Size * items.Count;

        var entries = new List<KeyValuePair<TemplateKey, TemplateNode>>();
        foreach (var item in items)
        {
            var copy = (MappingNode)Substitute(fragment, identifier.Text, item);
            foreach (var entry in ExpandMapping(copy).Entries) entries.Add(entry);
        }
        return entries;
    }

    private List<KeyValuePair<TemplateKey, TemplateNode>>? Skip(TemplateKey loopKey, string cause)
    {
        _skipped.Add((loopKey, cause));
        return null;
    }

    private string CollectionCause(TemplateNode collectionNode)
    {
        var trace = new ResolutionTrace();
        var value = _resolver.Resolve(collectionNode, trace);
        if (trace.UnknownCause is { } cause) return $"its collection is not known before deployment ({cause})";
        if (trace.Resources.Count > 0) return $"its collection depends on the resource '{trace.Resources[0]}', known only after deployment";
        return value is { IsList: true } ? "its collection holds items that are not strings" : "its collection is not a list";
    }

    /// <summary>A copy of the fragment with the identifier replaced by one item.</summary>
    private static TemplateNode Substitute(TemplateNode node, string identifier, string item) => node switch
    {
        ScalarNode { Kind: ScalarKind.String } s => new ScalarNode(Replace(s.Text, identifier, item), s.Kind, s.Line, s.Column),
        ScalarNode s => s,
        SequenceNode seq => CopySequence(seq, i => Substitute(i, identifier, item)),
        MappingNode { Count: 1 } map when map.Entries[0] is { Key.Text: "Ref", Value: ScalarNode { Text: var name } } && name == identifier =>
            new ScalarNode(item, ScalarKind.String, map.Line, map.Column),
        MappingNode map => CopyMapping(map, identifier, item),
        _ => node,
    };

    private static MappingNode CopyMapping(MappingNode map, string identifier, string item)
    {
        var copy = new MappingNode(map.Line, map.Column);
        foreach (var (key, value) in map.Entries)
        {
            var newKey = key with { Text = Replace(key.Text, identifier, item) };
            // Two keys equal after substitution are a broken fragment; keeping the first mirrors "first wins" reading.
            copy.TryAdd(newKey, Substitute(value, identifier, item));
        }
        return copy;
    }

    private static SequenceNode CopySequence(SequenceNode seq, Func<TemplateNode, TemplateNode> map)
    {
        var copy = new SequenceNode(seq.Line, seq.Column);
        foreach (var i in seq.Items) copy.Add(map(i));
        return copy;
    }

    private static string Replace(string text, string identifier, string item)
    {
        if (!text.Contains('{', StringComparison.Ordinal)) return text;
        return text.Replace("${" + identifier + "}", item, StringComparison.Ordinal)
            .Replace("&{" + identifier + "}", AlphanumericOnly(item), StringComparison.Ordinal);
    }

    private static string AlphanumericOnly(string item)
    {
        var b = new StringBuilder(item.Length);
        foreach (var c in item)
            if (char.IsAsciiLetterOrDigit(c)) b.Append(c);
        return b.ToString();
    }
}
