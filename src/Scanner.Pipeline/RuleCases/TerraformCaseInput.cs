using System.Text;
using System.Text.Json;
using Scanner.Core.Inventory;
using Scanner.Pipeline.Snapshot;

namespace Scanner.Pipeline.RuleCases;

/// <summary>
/// Expands the compact Terraform case form into the plan JSON that <c>terraform show -json</c> would print, so
/// cases exercise the real plan collector. Each entry names <c>type</c>, <c>name</c>, <c>values</c> (the
/// planned <c>after</c>), optionally <c>unknown</c> (attributes known only after apply), <c>references</c>
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
                w.WriteStartObject("after_unknown");
                if (r.Get("unknown") is { IsList: true } unknown)
                    foreach (var u in unknown.Items) w.WriteBoolean(u.ToString(), true);
                w.WriteEndObject();
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
