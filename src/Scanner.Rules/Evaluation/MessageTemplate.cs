using System.Text;
using Scanner.Core.Findings;
using Scanner.Core.Schema;
using Scanner.Rules.Conditions;
using Scanner.Rules.Paths;

namespace Scanner.Rules.Evaluation;

/// <summary>
/// A finding message with placeholders: <c>{{ path }}</c> quotes the subject's value at a schema-checked path,
/// <c>{{ resource }}</c> its display name, <c>{{ evidence }}</c> the first evidence (<c>path = value</c>).
/// Rule files are untrusted, so a rendered message stops at <see cref="MaxChars"/> characters (ending in "…") however
/// many placeholders the template repeats or however long the values are.
/// </summary>
public sealed class MessageTemplate
{
    /// <summary>Longest finding message: 2,000 characters.</summary>
    public const int MaxChars = 2000;

    private readonly List<(string? Literal, PropertyPath? Path, string? Special)> _parts = [];

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
                var (path, _, error) = compiler.Compile(inner, PathType.OfKind(subjectKind), subjectKind);
                if (error is not null) return (null, "message: " + error);
                template._parts.Add((null, path, null));
            }
            i = close + 2;
        }
        return (template, null);
    }

    public string Render(EvaluationContext context, IReadOnlyList<Evidence> evidence)
    {
        var sb = new StringBuilder();
        var subject = Item.Root(context.Subject);
        foreach (var (literal, path, special) in _parts)
        {
            if (literal is not null) sb.Append(literal);
            else if (special == "resource") sb.Append(context.Subject.DisplayName);
            else if (special == "evidence") sb.Append(evidence.Count > 0 ? $"{evidence[0].Path} = {evidence[0].Value}" : "(no evidence)");
            else sb.Append(Elements.Render(Elements.Of(path!.Select(subject, context))));
            if (sb.Length > MaxChars) return sb.ToString(0, MaxChars - 1) + "…";
        }
        return sb.ToString();
    }
}
