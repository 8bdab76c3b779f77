using Scanner.Core.Collection;
using Scanner.Core.Inventory;
using Scanner.Rules;
using Scanner.Rules.Evaluation;

namespace Scanner.Pipeline.RuleCases;

/// <summary>
/// Runs every rule's cases through the real collectors and the engine. A rule passes only when each case fires
/// on exactly the resources it names, the rule has at least one case that fires and one where nothing fires,
/// and its case file exists beside it (<c>&lt;slug&gt;.cases.yaml</c>) and names it.
/// </summary>
public sealed class RuleCaseRunner
{
    private readonly InputCollector _collector;
    private readonly RuleEngine _engine = new();

    public RuleCaseRunner(InputCollector? collector = null) => _collector = collector ?? new InputCollector();

    public RuleTestReport Run(RuleSet rules)
    {
        var errors = rules.Errors.ToList();
        var results = new List<RuleTestResult>();
        var caseFilesUsed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules.Rules)
        {
            var caseFile = CaseFileFor(rule.Definition.File);
            if (!File.Exists(caseFile))
            {
                results.Add(new RuleTestResult(rule.Id, rule.Definition.File, null, [], [$"no case file: expected {caseFile}"]));
                continue;
            }
            caseFilesUsed.Add(Path.GetFullPath(caseFile));
            RuleCaseFile cases;
            try
            {
                cases = RuleCaseFileReader.Read(caseFile);
            }
            catch (InputException e)
            {
                errors.Add(new RuleError(e.File, e.Line, e.Column, e.Reason));
                results.Add(new RuleTestResult(rule.Id, rule.Definition.File, caseFile, [], ["case file does not load"]));
                continue;
            }
            results.Add(RunRule(rule, cases));
        }
        // A case file with no rule beside it proves nothing: report it rather than skip it.
        foreach (var dir in rules.RuleFiles.Select(Path.GetDirectoryName).OfType<string>().Distinct())
        foreach (var file in Directory.EnumerateFiles(dir, "*.cases.yaml").Order(StringComparer.Ordinal))
            if (!caseFilesUsed.Contains(Path.GetFullPath(file)))
                errors.Add(new RuleError(file, 0, 0, "case file has no rule file beside it (expected " + Path.GetFileName(file).Replace(".cases.yaml", ".yaml") + ")"));
        return new RuleTestReport(results, errors);
    }

    public RuleTestResult RunRule(CompiledRule rule, RuleCaseFile cases)
    {
        var problems = new List<string>();
        if (cases.RuleId != rule.Id) problems.Add($"{cases.Path}: names rule '{cases.RuleId}', but the rule beside it is '{rule.Id}'");
        var results = cases.Cases.Select(c => RunCase(rule, c, cases.Path)).ToList();
        if (!cases.Cases.Any(c => c.Fires.Count > 0)) problems.Add("no case that must fire");
        if (!cases.Cases.Any(c => c.Fires.Count == 0)) problems.Add("no case that must not fire");
        return new RuleTestResult(rule.Id, rule.Definition.File, cases.Path, results, problems);
    }

    private CaseResult RunCase(CompiledRule rule, RuleCase c, string caseFile)
    {
        var display = $"{caseFile}#{c.Name}";
        CollectionResult collected;
        try
        {
            collected = c.Form switch
            {
                CaseInputForm.Terraform => _collector.TerraformText(c.Input, display),
                CaseInputForm.CloudFormation => _collector.CloudFormationText(c.Input, display),
                _ => _collector.SnapshotText(c.Input, display).Collection,
            };
        }
        catch (InputException e)
        {
            return new CaseResult(c.Name, c.Form, c.Fires, [], $"input does not load: {e.Message}");
        }
        var graph = new InventoryGraph(collected.Resources);
        if (graph.OfKind(rule.Definition.Resource).Count == 0)
            return new CaseResult(c.Name, c.Form, c.Fires, [], $"the input holds no {rule.Definition.Resource}: the case proves nothing");
        var outcome = _engine.Evaluate(graph, [rule], c.Organization);
        var fired = outcome.Findings.Select(f => graph.Find(f.ResourceKey)!).ToList();
        var actual = fired.Select(Label).Order(StringComparer.Ordinal).ToList();
        var failure = Mismatch("did not fire on", "fired unexpectedly on", c.Fires, fired);
        if (c.Undecided is { } expectedUndecided)
        {
            var undecided = outcome.Undecided.Select(u => graph.Find(u.ResourceKey)!).ToList();
            var undecidedFailure = Mismatch("did not stay undecided on", "left undecided unexpectedly", expectedUndecided, undecided);
            failure = failure is null ? undecidedFailure : undecidedFailure is null ? failure : failure + "; " + undecidedFailure;
        }
        if (failure is not null) failure += $" (case line {c.Line}: {c.Why})";
        return new CaseResult(c.Name, c.Form, c.Fires, actual, failure);
    }

    private static string? Mismatch(string missingText, string unexpectedText, IReadOnlyList<string> expected, List<Resource> actual)
    {
        var missing = expected.Where(e => !actual.Any(r => Matches(r, e))).ToList();
        var unexpected = actual.Where(r => !expected.Any(e => Matches(r, e))).Select(Label).ToList();
        if (missing.Count == 0 && unexpected.Count == 0) return null;
        return (missing.Count > 0 ? $"{missingText} {string.Join(", ", missing)}" : "") +
               (missing.Count > 0 && unexpected.Count > 0 ? "; " : "") +
               (unexpected.Count > 0 ? $"{unexpectedText} {string.Join(", ", unexpected)}" : "");
    }

    private static bool Matches(Resource r, string expected) =>
        r.Address == expected || r.Arn == expected || r.Id == expected || r.Key == expected || r.Name == expected ||
        r.Key.EndsWith("#" + expected, StringComparison.Ordinal);

    private static string Label(Resource r) => r.Address ?? r.Arn ?? r.Id ?? r.Key;

    public static string CaseFileFor(string ruleFile)
    {
        var dir = Path.GetDirectoryName(ruleFile) ?? ".";
        var stem = Path.GetFileNameWithoutExtension(ruleFile);
        return Path.Combine(dir, stem + ".cases.yaml");
    }
}
