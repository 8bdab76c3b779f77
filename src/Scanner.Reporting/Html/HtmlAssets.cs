namespace Scanner.Reporting.Html;

/// <summary>The report page's inline style and script (nothing is fetched: the page's CSP forbids it).</summary>
internal static class HtmlAssets
{
    public const string Style = """
        :root { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #ffffff; }
        body { margin: 0 auto; max-width: 1280px; padding: 16px 24px; }
        h1 { font-size: 1.5rem; margin: 0 0 4px; } h2 { font-size: 1.15rem; margin: 28px 0 8px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
        .verdict { font-size: 1.1rem; padding: 8px 12px; border-radius: 6px; display: inline-block; margin: 8px 0; }
        .verdict.fail { background: #ffebe9; border: 1px solid #ff8182; } .verdict.pass { background: #dafbe1; border: 1px solid #4ac26b; }
        .meta { color: #57606a; font-size: .9rem; }
        table { border-collapse: collapse; width: 100%; font-size: .88rem; } th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #eaeef2; vertical-align: top; }
        table.counts { width: auto; } .counts td:nth-child(n+2) { text-align: right; }
        .sev { font-weight: 600; text-transform: uppercase; font-size: .75rem; padding: 1px 6px; border-radius: 10px; color: #fff; }
        .sev.critical { background: #82071e; } .sev.high { background: #cf222e; } .sev.medium { background: #bc4c00; } .sev.low { background: #9a6700; } .sev.info { background: #57606a; }
        tr.group td { background: #f6f8fa; font-weight: 600; } tr.suppressed { opacity: .6; }
        .filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: end; margin: 8px 0; } .filters label { display: flex; flex-direction: column; font-size: .8rem; color: #57606a; }
        code { font-size: .82rem; word-break: break-all; }
        .chain { margin: 12px 0 24px; overflow-x: auto; } .chain h3 { font-size: 1rem; margin: 4px 0; }
        svg.sharing-graph { background: #fbfcfd; border: 1px solid #d0d7de; border-radius: 6px; }
        svg .node rect { fill: #ddf4ff; stroke: #54aeff; stroke-width: 1.5; }
        svg .role-owner rect { fill: #f6f8fa; stroke: #8c959f; } svg .role-gateway rect { fill: #fff8c5; stroke: #d4a72c; }
        svg .role-share rect { fill: #fbefff; stroke: #c297ff; } svg .role-principal rect { fill: #dafbe1; stroke: #4ac26b; }
        svg .role-endpoint rect, svg .role-association rect { fill: #ffeff7; stroke: #ff80c8; }
        svg .node.outside rect { stroke: #cf222e; stroke-dasharray: 5 3; fill: #ffebe9; }
        svg .node.flagged rect { stroke-width: 3.5; } svg .sev-critical rect, svg .sev-high rect { stroke: #cf222e; } svg .sev-medium rect { stroke: #bc4c00; } svg .sev-low rect, svg .sev-info rect { stroke: #9a6700; }
        svg text { font-size: 11px; fill: #1f2328; } svg text.role { fill: #57606a; font-size: 10px; } svg text.label { font-weight: 600; }
        svg .edge path { fill: none; stroke: #8c959f; stroke-width: 1.5; } svg .edge.flagged path { stroke: #cf222e; stroke-width: 3; }
        svg .edge-label { font-size: 9px; fill: #57606a; text-anchor: middle; } svg .badge { fill: #cf222e; } svg .badge-count { fill: #fff; font-size: 10px; font-weight: 700; text-anchor: middle; }
        .legend span { margin-right: 12px; font-size: .8rem; }
        """;

    public const string Script = """
        (function () {
          "use strict";
          var data = JSON.parse(document.getElementById("report-data").textContent);
          var rank = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };
          var body = document.getElementById("findings-body");
          var controls = ["filter-severity", "filter-account", "filter-rule", "filter-text", "group-by", "filter-suppressed"].map(function (id) { return document.getElementById(id); });
          function cell(tr, html, cls) { var td = document.createElement("td"); if (cls) td.className = cls; td.innerHTML = html; tr.appendChild(td); return td; }
          function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; }); }
          function groupKey(f, by) { return by === "account" ? (f.account || "(no account)") : by === "rule" ? f.rule + " " + f.title : f.severity; }
          function render() {
            var min = rank[controls[0].value], account = controls[1].value, rule = controls[2].value, text = controls[3].value.toLowerCase(), by = controls[4].value, showSuppressed = controls[5].checked;
            var shown = data.findings.filter(function (f) {
              return rank[f.severity] >= min && (!account || f.account === account) && (!rule || f.rule === rule)
                && (showSuppressed || !f.suppressed)
                && (!text || (f.message + " " + f.resource + " " + f.rule).toLowerCase().indexOf(text) >= 0);
            });
            shown.sort(function (a, b) {
              var ga = groupKey(a, by), gb = groupKey(b, by);
              if (by === "severity") return rank[b.severity] - rank[a.severity] || a.order - b.order;
              return ga < gb ? -1 : ga > gb ? 1 : a.order - b.order;
            });
            body.textContent = "";
            var last = null;
            shown.forEach(function (f) {
              var g = groupKey(f, by);
              if (g !== last) {
                var count = shown.filter(function (x) { return groupKey(x, by) === g; }).length;
                var head = document.createElement("tr"); head.className = "group";
                cell(head, esc(g) + " (" + count + ")").colSpan = 5; body.appendChild(head); last = g;
              }
              var tr = document.createElement("tr"); tr.className = "finding" + (f.suppressed ? " suppressed" : "");
              tr.dataset.severity = f.severity; tr.dataset.account = f.account || ""; tr.dataset.rule = f.rule;
              cell(tr, '<span class="sev ' + f.severity + '">' + esc(f.severity) + "</span>");
              cell(tr, (f.help ? '<a href="' + esc(f.help) + '">' + esc(f.rule) + "</a>" : esc(f.rule)) + "<br>" + esc(f.title));
              cell(tr, "<code>" + esc(f.resource) + "</code>" + (f.location ? "<br>" + esc(f.location) : ""));
              cell(tr, esc(f.message) + (f.suppressed ? "<br><em>suppressed: " + esc(f.suppressed) + "</em>" : "") + (f.baseline ? " <em>(" + esc(f.baseline) + ")</em>" : ""));
              cell(tr, esc(f.compliance));
              body.appendChild(tr);
            });
            document.getElementById("shown-count").textContent = String(shown.length);
          }
          controls.forEach(function (c) { c.addEventListener(c.type === "text" ? "input" : "change", render); });
          render();
        })();
        """;
}
