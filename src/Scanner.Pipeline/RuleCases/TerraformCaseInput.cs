using System.Text;
using System.Text.Json;
using Scanner.Core.Inventory;
using Scanner.Pipeline.Snapshot;

namespace Scanner.Pipeline.RuleCases;

/// <summary>
/// Expands the compact Terraform case form into the plan JSON that <c>terraform show -json</c> would print, so
/// cases exercise the real plan collector. Each entry names <c>type</c>, <c>name</c>, <c>values</c> (the
/// planned <c>after</c>), optionally <c>unknown</c> (attributes known only after apply; <c>name[i]</c> for one list
/// element), <c>references</c>
/// (attribute → configuration references, e.g. <c>security_group_ids: [aws_security_group.gw.id]</c>) and
/// <c>actions</c> (default <c>[create]</c>).
/// </summary>
public static class TerraformCaseInput
{
    public static string ToPlanJson(Value compact)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("format_version", "1.2");
            w.WriteString("terraform_version", "1.9.5");
            var resources = compact.Get("resources") is { IsList: true } list ? list.Items : [];
            w.WriteStartArray("resource_changes");
            foreach (var r in resources)
            {
                WriteIdentity(w, r);
                w.WriteString("provider_name", "registry.terraform.io/hashicorp/aws");
                w.WriteStartObject("change");
                w.WriteStartArray("actions");
                foreach (var a in r.Get("actions") is { IsList: true } acts ? acts.Items.Select(x => x.ToString()) : ["create"]) w.WriteStringValue(a);
                w.WriteEndArray();
                w.WriteNull("before");
                w.WritePropertyName("after");
                ValueJson.Write(w, r.Get("values") ?? Value.EmptyMap);
                WriteAfterUnknown(w, r);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("configuration");
            w.WriteStartObject("root_module");
            w.WriteStartArray("resources");
            foreach (var r in resources)
            {
                WriteIdentity(w, r);
                w.WriteStartObject("expressions");
                if (r.Get("references") is { IsMap: true } refs)
                {
                    foreach (var (attr, targets) in refs.Entries)
                    {
                        w.WriteStartObject(attr);
                        w.WriteStartArray("references");
                        foreach (var t in targets.IsList ? targets.Items : [targets])
                        {
                            var text = t.ToString();
                            w.WriteStringValue(text);
                            var lastDot = text.LastIndexOf('.');
                            if (text.Count(c => c == '.') >= 2 && lastDot > 0) w.WriteStringValue(text[..lastDot]);
                        }
                        w.WriteEndArray();
                        w.WriteEndObject();
                    }
                }
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// The <c>after_unknown</c> mirror: <c>name</c> marks a whole attribute unknown, <c>name[i]</c> one element of
    /// a list attribute (the list's length stays known; write <c>null</c> at that index in <c>values</c>).
    /// </summary>
    private static void WriteAfterUnknown(Utf8JsonWriter w, Value r)
    {
        w.WriteStartObject("after_unknown");
        var elements = new SortedDictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        foreach (var u in r.Get("unknown") is { IsList: true } unknown ? unknown.Items.Select(x => x.ToString()) : [])
        {
            var open = u.IndexOf('[', StringComparison.Ordinal);
            if (open > 0 && u.EndsWith(']') && int.TryParse(u[(open + 1)..^1], out var index) && index >= 0)
            {
                if (!elements.TryGetValue(u[..open], out var set)) elements[u[..open]] = set = [];
                set.Add(index);
            }
            else w.WriteBoolean(u, true);
        }
        foreach (var (name, indexes) in elements)
        {
            var length = Math.Max(indexes.Max + 1, (r.Get("values")?.Get(name) is { IsList: true } list ? list.Items.Count : 0));
            w.WriteStartArray(name);
            for (var i = 0; i < length; i++) w.WriteBooleanValue(indexes.Contains(i));
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    /// <summary>Opens the resource object with the identity fields both plan sections share.</summary>
    private static void WriteIdentity(Utf8JsonWriter w, Value r)
    {
        var (type, name) = (r.GetString("type") ?? "", r.GetString("name") ?? "");
        w.WriteStartObject();
        w.WriteString("address", $"{type}.{name}");
        w.WriteString("mode", "managed");
        w.WriteString("type", type);
        w.WriteString("name", name);
    }
}
