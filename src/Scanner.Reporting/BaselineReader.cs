using Scanner.Core.Collection;
using Scanner.Core.Files;
using Scanner.Reporting.Baseline;

namespace Scanner.Reporting;

/// <summary>
/// Reads a previous report written by <see cref="SarifReportWriter"/> or <see cref="JsonReportWriter"/> (told
/// apart by content: <c>runs</c> means SARIF, <c>schemaVersion</c> the JSON report). A missing, malformed or
/// unrecognised file throws <see cref="InputException"/> located at <c>file:line:col</c>. Limit: 256 MiB.
/// </summary>
public static class BaselineReader
{
    private const long MaxBytes = 256L * 1024 * 1024;

    public static IReadOnlyList<BaselineEntry> Read(string path) => Read(path, maxHeldBytes: null);

    /// <param name="path">The baseline file.</param>
    /// <param name="maxHeldBytes">
    /// Most memory (estimated bytes) the reading may hold, its text included; null: two and a half times its size plus
    /// 32 MiB (<see cref="InputMemoryBudget.InHalves"/>).
    /// </param>
    public static IReadOnlyList<BaselineEntry> Read(string path, long? maxHeldBytes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (FileProbe.KindOf(path) == FileKind.Missing) throw new InputException(path, "baseline file not found");
        var bytes = InputFile.ReadAllBytes(path, MaxBytes, _ => new InputException(path, $"baseline file is larger than {MaxBytes / (1024 * 1024)} MiB"));

        // Results (SARIF) and findings (JSON report) become entries as they are read; which of the two the file is, and
        // its own checks, are decided once it is read.
        // The text is held while the entries are read: it counts in the budget with them, and the budget is half its
        // size more than an input's that is let go before (a baseline of latticescan's own JSON findings holds about
        // 0.9 times its size as entries).
        var budget = maxHeldBytes is { } max ? new InputMemoryBudget(path, bytes.Length, max) : InputMemoryBudget.InHalves(path, bytes.Length, halves: 5);
        var doc = new BaselineDocument(path) { Budget = budget };
        doc.Budget.Hold(bytes.Length);
        var sarif = new SarifBaselineParser(doc);
        var json = new JsonBaselineParser(doc);
        var root = PositionedJsonParser.Parse(path, bytes, sarif.Results, json.Findings);
        if (root.Kind != JsonNodeKind.Object) throw doc.Error(root, "a baseline must be a JSON object (a SARIF log or a latticescan JSON report)");
        if (root["runs"] is not null) return sarif.Finish(root);
        if (root["schemaVersion"] is not null) return json.Finish(root);
        throw doc.Error(root, "not a SARIF log (no \"runs\") or a latticescan JSON report (no \"schemaVersion\")");
    }
}
