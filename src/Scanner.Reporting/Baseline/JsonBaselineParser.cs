using Scanner.Core.Collection;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Reporting.Common;
using Scanner.Reporting.Json;

namespace Scanner.Reporting.Baseline;

/// <summary>
/// Reads <c>findings</c> of a 1.x JSON report (<c>absentFindings</c> are not findings of that scan). Each finding becomes
/// an entry as the parser reads it (<see cref="Findings"/>); the report's own checks run once it is read
/// (<see cref="Finish"/>), before the first finding's problem is reported, as a whole-tree reading would.
/// </summary>
internal sealed class JsonBaselineParser(BaselineDocument doc)
{
    private readonly List<BaselineEntry> _entries = [];
    private InputException? _error;

    /// <summary>The report's findings array, for <see cref="PositionedJsonParser"/>.</summary>
    public StreamedArray Findings => new(["findings"], (_, finding) => Add(finding));

    private void Add(JsonNodeWithPosition finding)
    {
        if (_error is not null) return;
        try
        {
            _entries.Add(doc.Held(Entry(finding)));
        }
        catch (InputException e)
        {
            _error = e;
        }
    }

    public IReadOnlyList<BaselineEntry> Finish(JsonNodeWithPosition root)
    {
        var version = doc.RequireString(root, "schemaVersion", "the JSON report");
        if (!version.StartsWith(JsonReportFormat.SupportedMajor, StringComparison.Ordinal))
            throw doc.Error(root["schemaVersion"]!, $"unsupported JSON report schemaVersion \"{version}\" (expected 1.x)");
        doc.RequireArray(root, "findings", "the JSON report");
        return _error is null ? _entries : throw _error;
    }

    private BaselineEntry Entry(JsonNodeWithPosition f)
    {
        if (f.Kind != JsonNodeKind.Object) throw doc.Error(f, "a finding must be an object");
        var severityText = doc.RequireString(f, "severity", "the finding");
        if (!SeverityNames.TryParse(severityText, out var severity))
            throw doc.Error(f["severity"]!, $"unknown severity \"{severityText}\" (expected critical, high, medium, low or info)");
        var originText = doc.OptionalString(f, "origin");
        ResourceOrigin? origin = null;
        if (originText is not null)
            origin = OriginNames.TryParse(originText, out var o) ? o : throw doc.Error(f["origin"]!, $"unknown origin \"{originText}\"");
        var loc = doc.OptionalObject(f, "location");
        return new BaselineEntry
        {
            Fingerprint = doc.RequireString(f, "fingerprint", "the finding"),
            RuleId = doc.Short(doc.RequireString(f, "ruleId", "the finding")),
            ResourceKey = doc.OptionalString(f, "resourceKey"),
            ResourceKind = doc.Short(doc.OptionalString(f, "resourceKind")),
            ResourceArn = doc.OptionalString(f, "resourceArn"),
            ResourceName = doc.OptionalString(f, "resourceName"),
            ResourceAddress = doc.OptionalString(f, "resourceAddress"),
            Origin = origin,
            AccountId = doc.Short(doc.OptionalString(f, "accountId")),
            Region = doc.Short(doc.OptionalString(f, "region")),
            Message = doc.RequireString(f, "message", "the finding"),
            Severity = severity,
            Location = loc is null ? null : new SourceLocation(
                doc.Short(doc.OptionalString(loc, "file") ?? ""), doc.OptionalInt(loc, "line"), doc.OptionalInt(loc, "column"),
                doc.OptionalString(loc, "logicalName")),
            Suppressed = doc.OptionalObject(f, "suppression") is not null,
        };
    }
}
