using Scanner.Core.Collection;
using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Reporting.Common;
using Scanner.Reporting.Sarif;

namespace Scanner.Reporting.Baseline;

/// <summary>
/// Reads the results of a SARIF log written by <see cref="SarifReportWriter"/>. Results already marked
/// <c>baselineState: "absent"</c> are skipped (they were not findings of that scan). The fingerprint is
/// <c>fingerprints["latticescan/v1"]</c>, else <c>partialFingerprints.primaryLocationLineHash</c> without its
/// <c>:n</c> suffix. Each result becomes an entry as the parser reads it (<see cref="Results"/>), so the log's results
/// never exist as a tree all at once; the checks of the log itself run once it is read (<see cref="Finish"/>), and a
/// result's problem is reported where a whole-tree reading would have reported it: after the log's and its run's own.
/// </summary>
internal sealed class SarifBaselineParser(BaselineDocument doc)
{
    private readonly Dictionary<int, RunResults> _runs = [];

    /// <summary>The results arrays of every run, for <see cref="PositionedJsonParser"/>.</summary>
    public StreamedArray Results => new(["runs", "[]", "results"], (indexes, result) => Add(indexes[0], result));

    private void Add(int run, JsonNodeWithPosition result)
    {
        if (!_runs.TryGetValue(run, out var results)) _runs[run] = results = new RunResults();
        if (results.Error is not null) return; // the run's first problem is the one reported
        try
        {
            if (result.Kind != JsonNodeKind.Object) throw doc.Error(result, "a result must be an object");
            if (doc.OptionalString(result, "baselineState") == "absent") return;
            var pending = Entry(doc, result);
            doc.Held(pending.Entry);
            results.Pending.Add(pending);
        }
        catch (InputException e)
        {
            results.Error = e;
        }
    }

    public IReadOnlyList<BaselineEntry> Finish(JsonNodeWithPosition root)
    {
        var version = doc.RequireString(root, "version", "the SARIF log");
        if (version != "2.1.0") throw doc.Error(root["version"]!, $"unsupported SARIF version \"{version}\" (expected 2.1.0)");
        var entries = new List<BaselineEntry>();
        var runs = doc.RequireArray(root, "runs", "the SARIF log");
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            if (run.Kind != JsonNodeKind.Object) throw doc.Error(run, "a run must be an object");
            var rules = doc.OptionalArray(doc.OptionalObject(doc.OptionalObject(run, "tool"), "driver"), "rules");
            doc.RequireArray(run, "results", "the run");
            if (!_runs.TryGetValue(i, out var results)) continue;
            if (results.Error is not null) throw results.Error;
            foreach (var pending in results.Pending) entries.Add(pending.Resolve(doc, rules));
        }
        return entries;
    }

    private sealed class RunResults
    {
        public List<PendingEntry> Pending { get; } = [];
        public InputException? Error { get; set; }
    }

    /// <summary>A result's entry whose severity may still need its run's rules (which a log may list after its results).</summary>
    private sealed record PendingEntry(BaselineEntry Entry, Severity? Own, int? RuleIndex, string? Level)
    {
        public BaselineEntry Resolve(BaselineDocument doc, List<JsonNodeWithPosition> rules)
        {
            if (Own is { } own) return Entry with { Severity = own };
            var rule = RuleIndex is { } index && index < rules.Count ? rules[index] : null;
            return Entry with
            {
                Severity = SeverityNames.TryParse(doc.OptionalString(doc.OptionalObject(rule, "properties"), "severity"), out var ruleSeverity)
                    ? ruleSeverity
                    : SarifLevels.FromLevel(Level),
            };
        }
    }

    private static PendingEntry Entry(BaselineDocument doc, JsonNodeWithPosition result)
    {
        var ruleId = doc.RequireString(result, "ruleId", "the result");
        var message = doc.RequireString(doc.RequireObject(result, "message", "the result"), "text", "the message");
        var props = doc.OptionalObject(result, "properties");
        var fingerprint = Fingerprint(doc, result);

        var origin = OriginNames.TryParse(doc.OptionalString(props, "origin"), out var o) ? o : (ResourceOrigin?)null;
        var arn = doc.OptionalString(props, "aws/resourceArn");
        origin ??= arn is not null ? ResourceOrigin.Aws : null;

        var location = doc.RequireArray(result, "locations", "the result").FirstOrDefault();
        var physical = doc.OptionalObject(location, "physicalLocation");
        var uri = doc.OptionalString(doc.OptionalObject(physical, "artifactLocation"), "uri");
        var region = doc.OptionalObject(physical, "region");
        var logical = doc.OptionalArray(location, "logicalLocations").FirstOrDefault();
        var logicalName = doc.OptionalString(logical, "fullyQualifiedName");
        var file = doc.Short(doc.OptionalString(props, "sourceFile") ?? (uri is null ? null : UriPaths.Decode(uri)));

        var entry = new BaselineEntry
        {
            Fingerprint = fingerprint,
            RuleId = doc.Short(ruleId),
            ResourceKey = doc.OptionalString(props, "resourceKey"),
            ResourceKind = doc.Short(doc.OptionalString(props, "resourceKind")),
            ResourceArn = arn,
            ResourceName = doc.OptionalString(props, "resourceName"),
            ResourceAddress = doc.OptionalString(props, "resourceAddress"),
            Origin = origin,
            AccountId = doc.Short(doc.OptionalString(props, "aws/accountId")),
            Region = doc.Short(doc.OptionalString(props, "aws/region")),
            Message = message,
            Severity = default,
            Location = origin == ResourceOrigin.Aws || file is null
                ? null
                : new SourceLocation(file, doc.OptionalInt(region, "startLine"), doc.OptionalInt(region, "startColumn"), logicalName),
            Suppressed = doc.OptionalArray(result, "suppressions").Count > 0,
        };
        // The result's own severity, else its rule's, else its level: what is not needed is not read (nor checked).
        if (SeverityNames.TryParse(doc.OptionalString(props, "severity"), out var own)) return new PendingEntry(entry, own, null, null);
        var ruleIndex = doc.OptionalInt(result, "ruleIndex");
        return new PendingEntry(entry, null, result["ruleIndex"] is not null ? ruleIndex : null, doc.OptionalString(result, "level"));
    }

    private static string Fingerprint(BaselineDocument doc, JsonNodeWithPosition result)
    {
        var own = doc.OptionalString(doc.OptionalObject(result, "fingerprints"), SarifFingerprints.Key);
        if (!string.IsNullOrWhiteSpace(own)) return own;
        var hash = doc.OptionalString(doc.OptionalObject(result, "partialFingerprints"), "primaryLocationLineHash");
        if (string.IsNullOrWhiteSpace(hash))
            throw doc.Error(result, $"the result has no fingerprints[\"{SarifFingerprints.Key}\"] or partialFingerprints.primaryLocationLineHash");
        var colon = hash.LastIndexOf(':');
        return colon > 0 ? hash[..colon] : hash;
    }
}
