using System.Text.RegularExpressions;
using Scanner.Core.Collection;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// Reads a YAML template into <see cref="TemplateNode"/>s from YamlDotNet's low-level event parser (no
/// reflection, so it works under Native AOT). Short-form tags become intrinsic mappings; the guards stop hostile
/// documents as they stream in: nesting deeper than <see cref="ParseLimits.MaxDepth"/>, aliases that expand to more
/// than <see cref="ParseLimits.MaxAliasExpansions"/> nodes, unknown tags, duplicate or complex keys, several
/// documents. Everything wrong becomes an <see cref="InputException"/> at the offending line and column.
/// </summary>
internal sealed partial class YamlTemplateReader
{
    private const string YamlTagPrefix = "tag:yaml.org,2002:";

    private readonly string _file;
    private readonly ParseLimits _limits;
    private readonly Dictionary<string, TemplateNode> _anchors = new(StringComparer.Ordinal);
    private readonly Stack<Frame> _stack = new();
    private readonly StringPool _strings = new();
    private readonly ReaderTables _tables;
    private long _aliasExpansions;

    private YamlTemplateReader(string file, ParseLimits limits)
    {
        _file = file;
        _limits = limits;
        _tables = new ReaderTables(limits.Budget, _strings, limits.Packer);
    }

    /// <summary>Parses the text; returns the root node, or null when the stream holds no document or an empty one.</summary>
    public static TemplateNode? Read(TemplateSource source, string file, ParseLimits limits) => new YamlTemplateReader(file, limits).Read(source);

    private TemplateNode? Read(TemplateSource source)
    {
        using var text = source.OpenReader();
        var parser = new Parser(text);
        TemplateNode? root = null;
        var documents = 0;
        try
        {
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                switch (e)
                {
                    case DocumentStart ds:
                        if (++documents > 1)
                            throw Error("more than one YAML document in the file; a template is one document", ds.Start);
                        break;
                    case MappingStart ms:
                        Open(new MappingNode(Line(ms.Start), Column(ms.Start)), ms);
                        break;
                    case SequenceStart ss:
                        Open(new SequenceNode(Line(ss.Start), Column(ss.Start)), ss);
                        break;
                    case MappingEnd or SequenceEnd:
                        var frame = _stack.Pop();
                        var done = frame.Node;
                        if (done is MappingNode doneMap)
                        {
                            doneMap.Trim();
                            // A definition nothing can name again (no anchor) and not wrapped by a tag is packed.
                            if (frame is { Tag: null, Anchor: null } && _stack.TryPeek(out var above) && above.HoldsResources)
                                done = ResourceOutline.Packed(doneMap, _limits) ?? done;
                        }
                        else ((SequenceNode)done).Trim();
                        root = Complete(Tagged(done, frame.Tag, frame.Start), frame.Anchor, frame.Start, frame.HeldAtOpen) ?? root;
                        break;
                    case Scalar s:
                        root = OnScalar(s) ?? root;
                        break;
                    case AnchorAlias alias:
                        root = OnAlias(alias) ?? root;
                        break;
                }
            }
        }
        catch (YamlException e)
        {
            throw new InputException(_file, "invalid YAML: " + CleanMessage(e.Message), (int)Math.Min(e.Start.Line, int.MaxValue), (int)Math.Min(e.Start.Column, int.MaxValue), e);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // YamlDotNet has thrown these on some malformed streams; the input is at fault, not the scanner.
            throw new InputException(_file, "invalid YAML: " + TemplateText.OneLine(e.Message), 0, 0, e);
        }
        _tables.Finish();
        return root;
    }

    private void Open(TemplateNode node, NodeEvent e)
    {
        if (_stack.Count >= _limits.MaxDepth)
            throw Error($"nesting deeper than {_limits.MaxDepth} levels (CloudFormationOptions.MaxDepth)", e.Start);
        if (_stack.TryPeek(out var parent) && parent.ExpectsKey)
            throw Error("mapping keys must be scalars (complex YAML keys are not valid in a template)", e.Start);
        var anchor = e.Anchor.IsEmpty ? null : e.Anchor.Value;
        // The root's Resources mapping, when nothing can name it again through an alias: its definitions may be outlined.
        var holdsResources = node is MappingNode && anchor is null && _stack.Count == 1 &&
            parent is { Node: MappingNode, Anchor: null, PendingKey.Text: "Resources" };
        _stack.Push(new Frame(node, e.Tag.IsEmpty ? null : e.Tag.Value, anchor, e.Start) { HoldsResources = holdsResources, HeldAtOpen = _limits.Budget?.Held ?? 0 });
    }

    private TemplateNode? OnScalar(Scalar s)
    {
        if (_stack.TryPeek(out var parent) && parent.ExpectsKey)
        {
            if (!s.Tag.IsEmpty && !s.Tag.IsNonSpecific && s.Tag.Value != YamlTagPrefix + "str")
                throw Error($"tag '{s.Tag.Value}' on a mapping key; keys must be plain strings", s.Start);
            var key = new TemplateKey(_strings.Intern(s.Value), Line(s.Start), Column(s.Start));
            // An anchored key may be named again by an alias, as a key or as a value: it needs a node of its own.
            if (!s.Anchor.IsEmpty) _anchors[s.Anchor.Value] = new ScalarNode(key.Text, ScalarKind.String, key.Line, key.Column);
            SetKey(parent, key);
            return null;
        }
        var node = new ScalarNode(_strings.Intern(s.Value), KindOf(s), Line(s.Start), Column(s.Start));
        return Complete(Tagged(node, s.Tag.IsEmpty ? null : s.Tag.Value, s.Start), s.Anchor.IsEmpty ? null : s.Anchor.Value, s.Start);
    }

    private TemplateNode? OnAlias(AnchorAlias alias)
    {
        if (!_anchors.TryGetValue(alias.Value.Value, out var target))
            throw Error($"alias '*{alias.Value.Value}' refers to an undefined anchor", alias.Start);
        _aliasExpansions += target.Size;
        if (_aliasExpansions > _limits.MaxAliasExpansions)
            throw Error($"YAML aliases expand to more than {_limits.MaxAliasExpansions} nodes (CloudFormationOptions.MaxAliasExpansions); alias bomb?", alias.Start);
        if (_stack.TryPeek(out var parent) && parent.ExpectsKey)
        {
            if (target is not ScalarNode key) throw Error("mapping keys must be scalars (the alias names a collection)", alias.Start);
            SetKey(parent, new TemplateKey(key.Text, key.Line, key.Column));
            return null;
        }
        return Add(target, alias.Start);
    }

    private void SetKey(Frame parent, TemplateKey key)
    {
        var map = (MappingNode)parent.Node;
        if (map.KeyNode(key.Text) is { } first)
            throw new InputException(_file, $"duplicate key '{Shorten(key.Text)}' (first defined at line {first.Line}, column {first.Column})", key.Line, key.Column);
        parent.PendingKey = key;
    }

    /// <summary>
    /// Registers the anchor and attaches the finished node to its parent; returns it when it is the root. A mapping or
    /// list that opened when the budget held <paramref name="heldAtOpen"/> and was packed or outlined lets go of what its
    /// nodes held.
    /// </summary>
    private TemplateNode? Complete(TemplateNode node, string? anchor, Mark start, long heldAtOpen = -1)
    {
        var made = node;
        if (anchor is null && _limits.ReadsType is { } readsType && node is MappingNode definition && _stack.TryPeek(out var parent) && parent.HoldsResources)
            node = ResourceOutline.Of(definition, readsType);
        if (_limits.Budget is { } budget)
        {
            if (node is PackedDefinition || !ReferenceEquals(node, made))
            {
                TreeBytes.Replace(budget, heldAtOpen, node);
                _tables.Hold();
            }
            else budget.Hold(TreeBytes.Of(node));
        }
        if (anchor is not null) _anchors[anchor] = node;
        return Add(node, start);
    }

    private TemplateNode? Add(TemplateNode node, Mark start)
    {
        if (!_stack.TryPeek(out var parent)) return node;
        if (parent.Node is SequenceNode seq)
        {
            seq.Add(node);
            return null;
        }
        var map = (MappingNode)parent.Node;
        var key = parent.PendingKey ?? throw Error("mapping value without a key", start);
        map.TryAdd(key, node);
        parent.PendingKey = null;
        return null;
    }

    /// <summary>Applies a node's tag: short forms wrap the node in a one-key intrinsic mapping.</summary>
    private TemplateNode Tagged(TemplateNode node, string? tag, Mark start)
    {
        if (tag is null || tag is "!" or "?") return node;
        if (tag.StartsWith(YamlTagPrefix, StringComparison.Ordinal))
        {
            return tag[YamlTagPrefix.Length..] switch
            {
                "str" when node is ScalarNode s => new ScalarNode(s.Text, ScalarKind.String, s.Line, s.Column),
                "str" or "int" or "float" or "bool" or "null" or "map" or "seq" or "binary" or "timestamp" => node,
                _ => throw Error($"unsupported YAML tag '{tag}'", start),
            };
        }
        var key = ShortFormTags.KeyFor(tag) ?? throw Error($"unknown tag '{Shorten(tag)}'; CloudFormation short forms are {ShortFormTags.Supported}", start);
        var value = node;
        if (key == "Fn::GetAtt" && node is ScalarNode scalar)
        {
            // !GetAtt Res.Attr splits on the first dot only: nested attribute names keep their later dots.
            var dot = scalar.Text.IndexOf('.');
            var list = new SequenceNode(scalar.Line, scalar.Column);
            if (dot < 0) list.Add(new ScalarNode(scalar.Text, ScalarKind.String, scalar.Line, scalar.Column));
            else
            {
                list.Add(new ScalarNode(scalar.Text[..dot], ScalarKind.String, scalar.Line, scalar.Column));
                list.Add(new ScalarNode(scalar.Text[(dot + 1)..], ScalarKind.String, scalar.Line, scalar.Column + dot + 1));
            }
            value = list;
        }
        else if (node is ScalarNode { Kind: not ScalarKind.String } typed)
        {
            // !Ref true, !Sub 5 …: the argument of an intrinsic is text.
            value = new ScalarNode(typed.Text, ScalarKind.String, typed.Line, typed.Column);
        }
        var wrapper = new MappingNode(Line(start), Column(start));
        wrapper.TryAdd(new TemplateKey(key, Line(start), Column(start)), value);
        return wrapper;
    }

    private static ScalarKind KindOf(Scalar s)
    {
        if (s.Style != ScalarStyle.Plain || !s.Tag.IsEmpty && s.Tag.Value != YamlTagPrefix + "bool" && s.Tag.Value != YamlTagPrefix + "null")
            return ScalarKind.String;
        return s.Value switch
        {
            "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => ScalarKind.Boolean,
            "" or "~" or "null" or "Null" or "NULL" => ScalarKind.Null,
            _ => ScalarKind.String,
        };
    }

    private InputException Error(string reason, Mark at) => new(_file, reason, Line(at), Column(at));

    private static int Line(Mark m) => (int)Math.Min(m.Line, int.MaxValue);
    private static int Column(Mark m) => (int)Math.Min(m.Column, int.MaxValue);

    internal static string Shorten(string text) => text.Length <= 80 ? TemplateText.OneLine(text) : TemplateText.OneLine(text[..77]) + "...";

    private static string CleanMessage(string message) => TemplateText.OneLine(MarkPrefix().Replace(message, ""));

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();

    private sealed class Frame(TemplateNode node, string? tag, string? anchor, Mark start)
    {
        public TemplateNode Node { get; } = node;
        public string? Tag { get; } = tag;
        public string? Anchor { get; } = anchor;
        public Mark Start { get; } = start;
        public TemplateKey? PendingKey { get; set; }
        public bool HoldsResources { get; init; }

        /// <summary>What the input's memory budget held when this node opened (for a definition packed or outlined).</summary>
        public long HeldAtOpen { get; init; }
        public bool ExpectsKey => Node is MappingNode && PendingKey is null;
    }
}
