using System.Globalization;
using System.Text.Json;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Reporting.Common;

namespace Scanner.Reporting.Json;

/// <summary>Writes one finding object of the JSON report; every member is always present (null when unknown).</summary>
internal static class JsonFindingWriter
{
    public static void Write(Utf8JsonWriter w, Finding f, ReportOptions options)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", f.RuleId);
        w.WriteString("severity", f.Severity.ToName());
        w.WriteString("message", f.Message);
        w.WriteString("resourceKind", f.ResourceKind);
        w.WriteString("resourceKey", f.ResourceKey);
        WriteNullable(w, "resourceArn", f.ResourceArn);
        WriteNullable(w, "resourceId", f.ResourceId);
        WriteNullable(w, "resourceName", f.ResourceName);
        WriteNullable(w, "resourceAddress", f.ResourceAddress);
        w.WriteString("origin", OriginNames.ToName(f.Origin));
        WriteNullable(w, "accountId", f.AccountId);
        WriteNullable(w, "region", f.Region);
        if (f.Location is { } loc)
        {
            w.WriteStartObject("location");
            w.WriteString("file", string.IsNullOrWhiteSpace(loc.File) ? "" : RepositoryPaths.ToRelative(loc.File, options.RepositoryRoot, options.WorkingDirectory));
            WritePositive(w, "line", loc.Line);
            WritePositive(w, "column", loc.Column);
            WritePositive(w, "endLine", loc.EndLine);
            WritePositive(w, "endColumn", loc.EndColumn);
            WriteNullable(w, "logicalName", loc.LogicalName);
            w.WriteEndObject();
        }
        else w.WriteNull("location");
        w.WriteStartArray("evidence");
        foreach (var e in f.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("path", e.Path);
            w.WriteString("value", e.Value);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteBoolean("dependsOnUnknown", f.DependsOnUnknown);
        w.WriteString("fingerprint", f.Fingerprint);
        if (f.Suppression is { } s)
        {
            w.WriteStartObject("suppression");
            w.WriteString("kind", s.Kind.ToName());
            w.WriteString("reason", s.Reason);
            WriteNullable(w, "owner", s.Owner);
            WriteNullable(w, "expires", s.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteEndObject();
        }
        else w.WriteNull("suppression");
        WriteNullable(w, "baselineState", f.BaselineState?.ToName());
        w.WriteEndObject();
    }

    public static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    /// <summary>0 means "not known" in the model: written as null, never as 0.</summary>
    public static void WritePositive(Utf8JsonWriter w, string name, int value)
    {
        if (value > 0) w.WriteNumber(name, value);
        else w.WriteNull(name);
    }
}
