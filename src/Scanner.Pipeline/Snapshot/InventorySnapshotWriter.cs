using System.Text.Json;
using Scanner.Core.Files;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;

namespace Scanner.Pipeline.Snapshot;

/// <summary>Writes an <see cref="InventorySnapshot"/> as JSON (documented in <c>docs/inventory-snapshot.md</c>).</summary>
public static class InventorySnapshotWriter
{
    public static void Write(InventorySnapshot snapshot, Stream output)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("format", InventorySnapshot.FormatName);
        w.WriteNumber("version", InventorySnapshot.FormatVersion);
        if (snapshot.CollectedAt is { } at) w.WriteString("collectedAt", at.ToUniversalTime().ToString("O"));
        w.WriteStartObject("organization");
        if (snapshot.Organization.OrganizationId is { } org) w.WriteString("id", org);
        Strings(w, "accounts", snapshot.Organization.AccountIds.Order(StringComparer.Ordinal));
        Strings(w, "organizationalUnits", snapshot.Organization.OrganizationalUnitIds.Order(StringComparer.Ordinal));
        w.WriteEndObject();
        Strings(w, "accounts", snapshot.Accounts);
        Strings(w, "regions", snapshot.Regions);
        w.WriteStartArray("resources");
        foreach (var r in snapshot.Resources)
        {
            WriteResource(w, r);
            StreamedJson.FlushWhenFull(w);
        }
        w.WriteEndArray();
        w.WriteStartArray("diagnostics");
        foreach (var d in snapshot.Diagnostics) WriteDiagnostic(w, d);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteResource(Utf8JsonWriter w, Resource r)
    {
        w.WriteStartObject();
        w.WriteString("kind", r.Kind);
        w.WriteString("key", r.Key);
        w.WriteString("origin", OriginNames.ToName(r.Origin));
        Opt(w, "arn", r.Arn);
        Opt(w, "id", r.Id);
        Opt(w, "name", r.Name);
        Opt(w, "address", r.Address);
        Opt(w, "accountId", r.AccountId);
        Opt(w, "region", r.Region);
        if (r.Location is { } loc) WriteLocation(w, "location", loc);
        if (r.Aliases.Count > 0) Strings(w, "aliases", r.Aliases);
        w.WritePropertyName("properties");
        ValueJson.Write(w, r.Properties);
        w.WriteStartArray("references");
        foreach (var reference in r.References)
        {
            w.WriteStartObject();
            w.WriteString("relation", reference.Relation);
            if (reference.Target is null) w.WriteNull("target");
            else w.WriteString("target", reference.Target);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (r.InlineSuppressions.Count > 0)
        {
            w.WriteStartObject("inlineSuppressions");
            foreach (var (k, v) in r.InlineSuppressions) w.WriteString(k, v);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter w, string name, SourceLocation loc)
    {
        w.WriteStartObject(name);
        w.WriteString("file", loc.File);
        if (loc.Line > 0) w.WriteNumber("line", loc.Line);
        if (loc.Column > 0) w.WriteNumber("column", loc.Column);
        Opt(w, "logicalName", loc.LogicalName);
        w.WriteEndObject();
    }

    internal static void WriteDiagnostic(Utf8JsonWriter w, ScanDiagnostic d)
    {
        w.WriteStartObject();
        w.WriteString("level", d.Level.ToName());
        w.WriteString("code", d.Code);
        w.WriteString("message", d.Message);
        Opt(w, "accountId", d.AccountId);
        Opt(w, "region", d.Region);
        Opt(w, "api", d.Api);
        Opt(w, "file", d.File);
        if (d.Line > 0) w.WriteNumber("line", d.Line);
        if (d.Column > 0) w.WriteNumber("column", d.Column);
        w.WriteEndObject();
    }

    private static void Opt(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
