using System.Globalization;
using System.Net;
using System.Text;
using Scanner.Core.Findings;

namespace Scanner.Reporting.Html;

/// <summary>
/// Draws one sharing chain as inline SVG: columns from owner to consumers, boxes coloured by role, principals
/// outside the organization dashed red, and nodes and links carrying findings outlined in their worst severity
/// with a count badge and a tooltip listing them. Plain SVG, no script and nothing fetched.
/// </summary>
internal static class SvgGraphRenderer
{
    private const int ColumnWidth = 200, NodeWidth = 172, NodeHeight = 46, RowHeight = 62, Margin = 16;

    public static string Render(SharingChain chain, IReadOnlyList<Finding> findings, int index)
    {
        var byKey = findings.GroupBy(f => f.ResourceKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var rows = new Dictionary<int, int>();
        var place = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        foreach (var n in chain.Nodes.OrderBy(n => n.Column).ThenBy(n => n.Role, StringComparer.Ordinal).ThenBy(n => n.Label, StringComparer.Ordinal))
        {
            var row = rows.GetValueOrDefault(n.Column);
            rows[n.Column] = row + 1;
            place[n.Id] = (Margin + n.Column * ColumnWidth, Margin + row * RowHeight);
        }
        var columns = chain.Nodes.Count == 0 ? 1 : chain.Nodes.Max(n => n.Column) + 1;
        var width = Margin * 2 + (columns - 1) * ColumnWidth + NodeWidth;
        var height = Margin * 2 + Math.Max(1, rows.Values.DefaultIfEmpty(1).Max()) * RowHeight - (RowHeight - NodeHeight);

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"sharing-graph\" id=\"graph-{index}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{Esc(chain.Title)}\">");
        sb.Append("<defs><marker id=\"arrow-").Append(index).Append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"9\" markerHeight=\"9\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#57606a\"/></marker></defs>");
        foreach (var e in chain.Edges)
        {
            if (!place.TryGetValue(e.From, out var a) || !place.TryGetValue(e.To, out var b)) continue;
            var edgeFindings = EdgeFindings(e, byKey);
            var (x1, x2) = a.X <= b.X ? (a.X + NodeWidth, b.X) : (a.X, b.X + NodeWidth);
            var (y1, y2) = (a.Y + NodeHeight / 2.0, b.Y + NodeHeight / 2.0);
            var mid = (x1 + x2) / 2;
            var cls = "edge" + (edgeFindings.Count > 0 ? " flagged sev-" + Worst(edgeFindings).ToName() : "");
            sb.Append("<g class=\"").Append(cls).Append("\" data-findings=\"").Append(edgeFindings.Count).Append("\"><title>")
              .Append(Esc($"{e.Label}{Lines(edgeFindings)}")).Append("</title>");
            sb.Append(CultureInfo.InvariantCulture, $"<path d=\"M{x1:0.#},{y1:0.#} C{mid:0.#},{y1:0.#} {mid:0.#},{y2:0.#} {x2:0.#},{y2:0.#}\" marker-end=\"url(#arrow-{index})\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"edge-label\" x=\"{mid:0.#}\" y=\"{(y1 + y2) / 2 - 4:0.#}\">{Esc(e.Label)}</text></g>");
        }
        foreach (var n in chain.Nodes)
        {
            var (x, y) = place[n.Id];
            var nodeFindings = n.ResourceKeys.SelectMany(k => byKey.GetValueOrDefault(k) ?? []).Distinct().ToList();
            var cls = $"node role-{n.Role}" + (n.InsideOrganization == false ? " outside" : "") + (nodeFindings.Count > 0 ? " flagged sev-" + Worst(nodeFindings).ToName() : "");
            sb.Append("<g class=\"").Append(cls).Append("\" data-findings=\"").Append(nodeFindings.Count).Append("\"><title>")
              .Append(Esc(n.Detail + Lines(nodeFindings))).Append("</title>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"{NodeWidth}\" height=\"{NodeHeight}\" rx=\"6\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"role\" x=\"{x + 8}\" y=\"{y + 15}\">{Esc(n.Role.Replace('-', ' '))}{(n.InsideOrganization == false ? " · outside org" : "")}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{x + 8}\" y=\"{y + 34}\">{Esc(Short(n.Label, 24))}</text>");
            if (nodeFindings.Count > 0)
                sb.Append(CultureInfo.InvariantCulture, $"<circle class=\"badge\" cx=\"{x + NodeWidth - 4}\" cy=\"{y + 4}\" r=\"10\"/><text class=\"badge-count\" x=\"{x + NodeWidth - 4}\" y=\"{y + 8}\">{nodeFindings.Count}</text>");
            sb.Append("</g>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>Findings of the edge's source resource whose evidence or message names the far end.</summary>
    private static List<Finding> EdgeFindings(SharingEdge e, Dictionary<string, List<Finding>> byKey)
    {
        if (e.EvidenceKey is null || e.Identifiers is not { Count: > 0 } ids || !byKey.TryGetValue(e.EvidenceKey, out var list)) return [];
        return list.Where(f => ids.Any(id => f.Evidence.Any(ev => ev.Value.Contains(id, StringComparison.Ordinal)) || f.Message.Contains(id, StringComparison.Ordinal))).ToList();
    }

    private static Severity Worst(IEnumerable<Finding> findings) => findings.Max(f => f.Severity);

    private static string Lines(IReadOnlyCollection<Finding> findings) =>
        findings.Count == 0 ? "" : "\n" + string.Join("\n", findings.Select(f => $"{f.RuleId} ({f.Severity.ToName()}): {f.Message}"));

    private static string Short(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    private static string Esc(string s) => WebUtility.HtmlEncode(s);
}
