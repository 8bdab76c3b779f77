using Scanner.Core.Schema;

namespace Scanner.Rules.Paths;

/// <summary>
/// Parses path text and checks every segment against the inventory schema, so that a misspelt property or
/// relation fails when the rule loads instead of silently never matching.
/// </summary>
public sealed class PathCompiler
{
    private readonly InventorySchema _schema;

    public PathCompiler(InventorySchema schema) => _schema = schema;

    /// <summary>Marks, in <see cref="Reads"/>, that a relation was followed: the kind's id and ARN properties feed it.</summary>
    public const string RelationSources = "#relation-sources";

    /// <summary>
    /// Every (kind, top-level property) the compiled paths read; a relation followed adds
    /// (<see cref="RelationSources"/>) for both ends, since the ids that make the edge live on one of them.
    /// </summary>
    public HashSet<(string Kind, string Property)> Reads { get; } = [];

    /// <summary>Compiles <paramref name="text"/> relative to <paramref name="context"/>; returns an error message instead on failure.</summary>
    public (PropertyPath? Path, PathType? Type, string? Error) Compile(string text, PathType context, string subjectKind)
    {
        var t = text.Trim();
        var fromSubject = false;
        if (t == "$") return (new PropertyPath(text, [], true), PathType.OfKind(subjectKind), null);
        if (t.StartsWith("$.", StringComparison.Ordinal))
        {
            fromSubject = true;
            t = t[2..];
        }
        if (t.Length == 0) return (null, null, "empty path");
        var raw = t.Split('.');
        var segments = new List<string>(raw.Length);
        foreach (var r in raw)
        {
            var s = r.EndsWith("[]", StringComparison.Ordinal) ? r[..^2] : r;
            if (s != MapValues && !IsIdentifier(s)) return (null, null, $"path '{text}': '{r}' is not a property name");
            segments.Add(s);
        }

        var type = fromSubject ? PathType.OfKind(subjectKind) : context;
        foreach (var segment in segments)
        {
            var (next, error) = Step(type, segment);
            if (error is not null) return (null, null, $"path '{text}': {error}");
            type = next!;
        }
        return (new PropertyPath(text, segments, fromSubject), type, null);
    }

    /// <summary>The segment that selects every value of a map (<c>tags.*</c>: each tag's value).</summary>
    public const string MapValues = "*";

    private (PathType? Type, string? Error) Step(PathType type, string segment)
    {
        if (type.IsAny) return (PathType.Any, null);
        if (segment == MapValues)
            return type.Kinds.Count == 0 && type.Property!.Type is PropertyType.Map or PropertyType.Any
                ? (PathType.Any, null)
                : (null, $"'*' selects the values of a map, and {type.Describe()} is not one");
        if (type.Kinds.Count > 0) return StepKinds(type.Kinds, segment);
        var p = type.Property!;
        switch (p.Type)
        {
            case PropertyType.Object:
                return p.Member(segment) is { } m
                    ? (FromProperty(m), null)
                    : (null, $"'{p.Name}' has no member '{segment}' (members: {string.Join(", ", p.Members.Select(x => x.Name))})");
            case PropertyType.List when p.Item is { Type: PropertyType.Object } item:
                return item.Member(segment) is { } im
                    ? (FromProperty(im), null)
                    : (null, $"elements of '{p.Name}' have no member '{segment}' (members: {string.Join(", ", item.Members.Select(x => x.Name))})");
            case PropertyType.List:
                return (null, $"'{p.Name}' is a list of {p.Item?.Type.ToString().ToLowerInvariant() ?? "values"}; it has no member '{segment}'");
            case PropertyType.Map:
            case PropertyType.Any:
                return (PathType.Any, null);
            default:
                return (null, $"'{p.Name}' is a {p.Type.ToString().ToLowerInvariant()}; it has no member '{segment}'");
        }
    }

    private (PathType? Type, string? Error) StepKinds(IReadOnlyList<string> kinds, string segment)
    {
        var targetKinds = new List<string>();
        var many = false;
        PropertySchema? property = null;
        foreach (var k in kinds)
        {
            var kind = _schema.Kind(k);
            if (kind is null) continue;
            if (kind.Relation(segment) is { } rel)
            {
                targetKinds.AddRange(rel.TargetKinds.Where(t => !targetKinds.Contains(t)));
                many |= rel.Many;
                Reads.Add((k, RelationSources));
                foreach (var t in rel.TargetKinds) Reads.Add((t, RelationSources));
                continue;
            }
            Reads.Add((k, segment));
            property ??= kind.Property(segment) ?? InventorySchema.CommonProperties.FirstOrDefault(c => c.Name == segment);
        }
        if (targetKinds.Count > 0) return (new PathType(targetKinds, null, false, many), null);
        if (property is not null) return (FromProperty(property), null);
        var known = kinds.Select(_schema.Kind).OfType<KindSchema>()
            .SelectMany(k => k.Properties.Select(p => p.Name).Concat(k.Relations.Select(r => r.Name)))
            .Concat(InventorySchema.CommonProperties.Select(c => c.Name)).Distinct().OrderBy(n => n, StringComparer.Ordinal);
        return (null, $"{string.Join(" | ", kinds)} has no property or relation '{segment}' (known: {string.Join(", ", known)})");
    }

    private static PathType FromProperty(PropertySchema p) =>
        new([], p, p.Type == PropertyType.Any, p.Type == PropertyType.List);

    private static bool IsIdentifier(string s) =>
        s.Length > 0 && (char.IsAsciiLetter(s[0]) || s[0] == '_') && s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
