using Scanner.Core.Findings;
using Scanner.Core.Inventory;
using Scanner.Reporting.Common;
using Scanner.Reporting.Sarif;

namespace Scanner.Reporting.Baseline;

/// <summary>
/// Reads the results of a SARIF log written by <see cref="SarifReportWriter"/>. Results already marked
/// <c>baselineState: "absent"</c> are skipped (they were not findings of that scan). The fingerprint is
/// <c>fingerprints["latticescan/v1"]</c>, else <c>partialFingerprints.primaryLocationLineHash</c> without its
/// <c>:n</c> suffix.
/// </summary>
internal static class SarifBaselineParser
{
    public static IReadOnlyList<BaselineEntry> Parse(BaselineDocument doc, JsonNodeWithPosition root)
    {
        var version = doc.RequireString(root, "version", "the SARIF log");
        if (version != "2.1.0") throw doc.Error(root["version"]!, $"unsupported SARIF version \"{version}\" (expected 2.1.0)");
        var entries = new List<BaselineEntry>();
        foreach (var run in doc.RequireArray(root, "runs", "the SARIF log"))
        {
            if (run.Kind != JsonNodeKind.Object) throw doc.Error(run, "a run must be an object");
            var rules = doc.OptionalArray(doc.OptionalObject(doc.OptionalObject(run, "tool"), "driver"), "rules");
            foreach (var result in doc.RequireArray(run, "results", "the run"))
            {
                if (result.Kind != JsonNodeKind.Object) throw doc.Error(result, "a result must be an object");
                if (doc.OptionalString(result, "baselineState") == "absent") continue;
                entries.Add(Entry(doc, result, rules));
            }
        }
        return entries;
    }

    private static BaselineEntry Entry(BaselineDocument doc, JsonNodeWithPosition result, List<JsonNodeWithPosition> rules)
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
        var file = doc.OptionalString(props, "sourceFile") ?? (uri is null ? null : UriPaths.Decode(uri));

        return new BaselineEntry
        {
            Fingerprint = fingerprint,
            RuleId = ruleId,
            ResourceKey = doc.OptionalString(props, "resourceKey"),
            ResourceKind = doc.OptionalString(props, "resourceKind"),
            ResourceArn = arn,
            ResourceName = doc.OptionalString(props, "resourceName"),
            ResourceAddress = doc.OptionalString(props, "resourceAddress"),
            Origin = origin,
            AccountId = doc.OptionalString(props, "aws/accountId"),
            Region = doc.OptionalString(props, "aws/region"),
            Message = message,
            Severity = Severity(doc, result, props, rules),
            Location = origin == ResourceOrigin.Aws || file is null
                ? null
                : new SourceLocation(file, doc.OptionalInt(region, "startLine"), doc.OptionalInt(region, "startColumn"), logicalName),
            Suppressed = doc.OptionalArray(result, "suppressions").Count > 0,
        };
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

    private static Severity Severity(BaselineDocument doc, JsonNodeWithPosition result, JsonNodeWithPosition? props, List<JsonNodeWithPosition> rules)
    {
        if (SeverityNames.TryParse(doc.OptionalString(props, "severity"), out var own)) return own;
        var index = doc.OptionalInt(result, "ruleIndex");
        var rule = result["ruleIndex"] is not null && index < rules.Count ? rules[index] : null;
        if (SeverityNames.TryParse(doc.OptionalString(doc.OptionalObject(rule, "properties"), "severity"), out var ruleSeverity)) return ruleSeverity;
        return SarifLevels.FromLevel(doc.OptionalString(result, "level"));
    }
}
