using Scanner.Core.Inventory;
using Scanner.Core.Schema;
using Scanner.Rules.Evaluation;

namespace Scanner.Rules.Paths;

/// <summary>
/// A compiled, schema-checked path such as <c>securityGroups.ingress.cidrIpv4</c>. Segments name properties,
/// object members or relations, or are <c>*</c>, every value of a map (<c>tags.*</c>); lists met along the way are
/// flattened. A path that starts with <c>$.</c>
/// starts at the rule's subject instead of the current item (useful inside quantifiers).
/// </summary>
public sealed class PropertyPath
{
    public PropertyPath(string text, IReadOnlyList<string> segments, bool fromSubject)
    {
        Text = text;
        Segments = segments;
        FromSubject = fromSubject;
    }

    public string Text { get; }
    public IReadOnlyList<string> Segments { get; }
    public bool FromSubject { get; }

    /// <summary>
    /// The items the path selects from <paramref name="start"/>. Intermediate lists are flattened; a final list
    /// value is returned as one item (collection operators and quantifiers read its elements). An unknown value
    /// met on the way selects one unknown item.
    /// </summary>
    public List<Item> Select(Item start, EvaluationContext context) =>
        SelectSegments(FromSubject ? Item.Root(context.Subject) : start, 0, Segments.Count, context);

    /// <summary>
    /// The items segments <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive) select from
    /// <paramref name="start"/>; <see cref="Select"/> is all segments from the start (or the subject). What a resource
    /// selects this way depends on the graph only, so callers may share it between subjects.
    /// </summary>
    internal List<Item> SelectSegments(Item start, int from, int to, EvaluationContext context)
    {
        var current = new List<Item>(1) { start };
        for (var i = from; i < to; i++)
        {
            var segment = Segments[i];
            var next = new List<Item>(current.Count);
            foreach (var item in current) Step(item, segment, context, next);
            current = next;
            if (current.Count == 0) break;
        }
        return current;
    }

    private static void Step(Item item, string segment, EvaluationContext context, List<Item> output)
    {
        if (item.Resource is { } resource)
        {
            if (context.Graph.HasRelation(resource.Kind, segment))
            {
                foreach (var edge in context.Graph.Follow(resource, segment))
                {
                    output.Add(edge.Resource is { } target
                        ? Item.Of(target, item.Path.Related(segment, target))
                        : Item.Of(Value.Unknown, item.Path.Related(segment, null)));
                }
                return;
            }
            var common = CommonProperty(resource, segment);
            var value = common ?? resource.Properties.Get(segment);
            if (value is not null) output.Add(Item.Of(value, item.Path.Member(segment)));
            return;
        }
        if (item.Value is not { } v) return;
        StepValue(v, item.Path, segment, output);
    }

    private static void StepValue(Value v, ItemPath path, string segment, List<Item> output)
    {
        switch (v.Kind)
        {
            case ValueKind.Unknown:
                output.Add(Item.Of(Value.Unknown, path.Member(segment)));
                break;
            case ValueKind.Map when segment == PathCompiler.MapValues:
                foreach (var (key, entry) in v.Entries) output.Add(Item.Of(entry, path.Member(key)));
                break;
            case ValueKind.Map:
                if (v.Get(segment) is { } member) output.Add(Item.Of(member, path.Member(segment)));
                break;
            case ValueKind.List:
                for (var i = 0; i < v.Items.Count; i++) StepValue(v.Items[i], path.Index(i), segment, output);
                break;
        }
    }

    private static Value? CommonProperty(Resource r, string name) =>
        CommonPropertyReaders.TryGetValue(name, out var read) ? read(r) : null;

    /// <summary>Identity and provenance come from the resource's own fields (the property map holds them only while unknown).</summary>
    private static readonly Dictionary<string, Func<Resource, Value?>> CommonPropertyReaders = new(StringComparer.Ordinal)
    {
        [CommonProperties.Arn.Name] = r => r.Arn is null ? null : Value.From(r.Arn),
        [CommonProperties.Id.Name] = r => r.Id is null ? null : Value.From(r.Id),
        [CommonProperties.Name.Name] = r => r.Name is null ? r.Properties.Get(CommonProperties.Name.Name) : Value.From(r.Name),
        [CommonProperties.AccountId.Name] = r => r.AccountId is null ? r.Properties.Get(CommonProperties.AccountId.Name) : Value.From(r.AccountId),
        [CommonProperties.Region.Name] = r => r.Region is null ? r.Properties.Get(CommonProperties.Region.Name) : Value.From(r.Region),
        [CommonProperties.Address.Name] = r => r.Address is null ? null : Value.From(r.Address),
        [CommonProperties.Kind.Name] = r => Value.From(r.Kind),
        [CommonProperties.Origin.Name] = r => Value.From(OriginNames.ToName(r.Origin)),
    };

    public override string ToString() => Text;
}
