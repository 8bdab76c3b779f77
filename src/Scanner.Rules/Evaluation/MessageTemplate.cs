using System.Text;
using Scanner.Core.Findings;
using Scanner.Core.Schema;
using Scanner.Rules.Conditions;
using Scanner.Rules.Paths;

namespace Scanner.Rules.Evaluation;

/// <summary>
/// A finding message with placeholders: <c>{{ path }}</c> quotes the subject's value at a schema-checked path
/// (<c>{{ a | b }}</c>: the first of the paths that selects something known),
/// <c>{{ resource }}</c> its display name, <c>{{ evidence }}</c> the first evidence (<c>path = value</c>).
/// Rule files are untrusted, so a rendered message stops at <see cref="MaxChars"/> characters (ending in "…") however
/// many placeholders the template repeats or however long the values are.
/// </summary>
public sealed class MessageTemplate
{
    /// <summary>Longest finding message: 2,000 characters.</summary>
    public const int MaxChars = 2000;

    private readonly List<(string? Literal, PropertyPath[]? Paths, string? Special)> _parts = [];

    private MessageTemplate() { }

    public static (MessageTemplate? Template, string? Error) Compile(string text, InventorySchema schema, string subjectKind)
    {
        var template = new MessageTemplate();
        var compiler = new PathCompiler(schema);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf("{{", i, StringComparison.Ordinal);
            if (open < 0)
            {
                template._parts.Add((text[i..], null, null));
                break;
            }
            if (open > i) template._parts.Add((text[i..open], null, null));
            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0) return (null, $"message: '{{{{' at offset {open} is never closed");
            var inner = text[(open + 2)..close].Trim();
            if (inner is "resource" or "evidence") template._parts.Add((null, null, inner));
            else
            {
                // "a | b": the first path that selects something known (target | resourceId).
                var paths = new List<PropertyPath>();
                foreach (var alternative in inner.Split('|', StringSplitOptions.TrimEntries))
                {
                    var (path, _, error) = compiler.Compile(alternative, PathType.OfKind(subjectKind), subjectKind);
                    if (error is not null) return (null, "message: " + error);
                    paths.Add(path!);
                }
                template._parts.Add((null, [.. paths], null));
            }
            i = close + 2;
        }
        return (template, null);
    }

    public string Render(EvaluationContext context, IReadOnlyList<Evidence> evidence)
    {
        var sb = new StringBuilder();
        var subject = Item.Root(context.Subject);
        foreach (var (literal, paths, special) in _parts)
        {
            if (literal is not null) sb.Append(literal);
            else if (special == "resource") sb.Append(context.Subject.DisplayName);
            else if (special == "evidence") sb.Append(evidence.Count > 0 ? $"{evidence[0].Path} = {evidence[0].Value}" : "(no evidence)");
            else sb.Append(RenderValue(First(paths!, subject, context)));
            if (sb.Length > MaxChars) return sb.ToString(0, MaxChars - 1) + "…";
        }
        return sb.ToString();
    }

    private static IReadOnlyList<Item> First(PropertyPath[] paths, Item subject, EvaluationContext context)
    {
        IReadOnlyList<Item> last = [];
        foreach (var path in paths)
        {
            last = Elements.Of(path.Select(subject, context));
            if (last.Any(e => !e.IsUnknown)) return last;
        }
        return last;
    }

    /// <summary>The selected value; one known only after deployment says so instead of printing "(unknown)".</summary>
    private static string RenderValue(IReadOnlyList<Item> elements) =>
        elements.Count > 0 && elements.All(e => e.IsUnknown) ? "(not known before deployment)" : Elements.Render(elements);
}
